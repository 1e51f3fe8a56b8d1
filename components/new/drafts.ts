import { baseName, pastedName, uniqueNames } from "@/lib/validations/source-names";
import type { DraftSource } from "@/lib/validations/draft";

export interface PasteBox {
  key: string;
  name: string;
  text: string;
  html: boolean;
}

export interface LinkBox {
  key: string;
  url: string;
}

export interface ChosenFile {
  key: string;
  file: File;
}

let lastKey = 0;
/** Keys for boxes and files added by the editor; made in event handlers only, never on the server. */
export function newKey(prefix: string): string {
  lastKey += 1;
  return `${prefix}${lastKey}`;
}

export function emptyBox(key: string): PasteBox {
  return { key, name: "", text: "", html: false };
}

/** A box the editor has typed into; untouched boxes are left out of the comparison. */
export function isUsed(box: PasteBox): boolean {
  return !!(box.name.trim() || box.text.trim());
}

/**
 * The sources as they will be sent, in order (files, links, then pasted boxes), with the unique
 * names the server will use: its error messages name sources by these names, and the form maps
 * them back. A link is named by its address until the server has fetched it.
 */
export function draftSources(files: ChosenFile[], links: LinkBox[], boxes: PasteBox[]): Array<DraftSource & { box?: PasteBox; file?: File }> {
  const used = boxes.filter(isUsed);
  const given = links.filter((l) => l.url.trim());
  const names = uniqueNames([
    ...files.map((f) => baseName(f.file.name)),
    ...given.map((l) => l.url.trim()),
    ...used.map((b) => pastedName(b.name, boxes.indexOf(b))),
  ]);
  return [
    ...files.map((f, i) => ({ key: f.key, kind: "file" as const, name: names[i], size: f.file.size, file: f.file })),
    ...given.map((l, i) => ({ key: l.key, kind: "url" as const, name: names[files.length + i], url: l.url.trim() })),
    ...used.map((b, i) => ({ key: b.key, kind: "paste" as const, name: names[files.length + given.length + i], text: b.text, box: b })),
  ];
}
