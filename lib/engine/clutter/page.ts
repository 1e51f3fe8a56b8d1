import type { ClutterMatch } from "./rules";

/** The page as clean reads it: blocks of text, and what each one turned out to be. */

export interface Block {
  /** Whitespace-normalised text, without a bullet marker. */
  text: string;
  match?: ClutterMatch;
  /** It was a list item ("- …", "• …", "1. …") on the page. */
  listItem?: boolean;
}

export type Role = { kind: "body" } | { kind: "meta" } | { kind: "removed"; reason: string };

export interface Page {
  /** One per block. */
  roles: Role[];
  title?: string;
  byline?: string;
  date?: string;
  /** The block the dateline opened, the dateline, and the block's text without it. */
  dateline?: { block: number; text: string; rest: string };
  /** Datelines opening later blocks, by block: another story's start, set aside too. */
  laterDatelines?: Map<number, { dateline: string; rest: string }>;
}

/** Short lines of the page's head that are no headline: section names, menu items. */
export const HEAD_LINE = "page heading or menu item";
