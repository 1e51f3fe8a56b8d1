import { wordTable } from "../collections";

/** US party words, keyed by nameKey, with the party each names. */
export const PARTY_WORDS = wordTable({
  republican: "republican",
  republicans: "republican",
  gop: "republican",
  democrat: "democratic",
  democrats: "democratic",
  democratic: "democratic",
});
