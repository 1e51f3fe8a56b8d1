import { matchByline, matchDateLine, splitDateline } from "../metadata";
import { matchCredit } from "./captions";
import type { Block, Role } from "./page";
import type { ClutterMatch } from "./rules";
import { closesOnArticleText, isAttributed, scoreBlock } from "./runs";
import { isShortLine } from "./shape";

/**
 * A block as clean builds it: one per wording of a paragraph's piece in a comparison, shared by
 * every copy of the page that has the paragraph, so never changed. It remembers what the page's
 * rules ask of its text, each answer read on first asking, as the same function of the same text
 * and match gives: a copy with a few words changed is read as a page again, but its unchanged
 * blocks are not, and asking costs a field instead of a lookup by text.
 */
export class PageBlock implements Block {
  readonly text: string;
  readonly match: ClutterMatch | undefined;
  readonly listItem: boolean;
  private creditRead: boolean | undefined = undefined;
  private scoreRead: number | undefined = undefined;
  private attributedRead: boolean | undefined = undefined;
  private closesRunRead: boolean | undefined = undefined;
  /** false: read, and none. */
  private repeatableRead: string | false | undefined = undefined;
  private lowerRead: string | undefined = undefined;
  private datelineRead: { dateline: string; rest: string } | false | undefined = undefined;
  private dateLineRead: string | false | undefined = undefined;
  private bylineRead: boolean | undefined = undefined;

  /** What the block is before the page is read: clutter by its rule, else body. Roles are replaced, never changed. */
  readonly role: Role;

  constructor(text: string, match: ClutterMatch | undefined, listItem: boolean) {
    this.text = text;
    this.match = match;
    this.listItem = listItem;
    this.role = match ? { kind: "removed", reason: match.reason } : BODY;
  }

  /** A credit line (matchCredit). */
  get credit(): boolean {
    return (this.creditRead ??= matchCredit(this.text) !== undefined);
  }

  /** scoreBlock. */
  get score(): number {
    return (this.scoreRead ??= scoreBlock(this));
  }

  /** isAttributed of the text. */
  get attributed(): boolean {
    return (this.attributedRead ??= isAttributed(this.text));
  }

  /** closesOnArticleText of the text. */
  get closesRun(): boolean {
    return (this.closesRunRead ??= closesOnArticleText(this.text));
  }

  /** The lower-cased text of a short line that is no lead-in ("…:"): what repeats as page furniture. */
  get repeatable(): string | undefined {
    if (this.repeatableRead === undefined) this.repeatableRead = isShortLine(this.text, 6) && !this.text.endsWith(":") ? this.lower : false;
    return this.repeatableRead === false ? undefined : this.repeatableRead;
  }

  get lower(): string {
    return (this.lowerRead ??= this.text.toLowerCase());
  }

  /** splitDateline of the text (its answer is only read). */
  get dateline(): { dateline: string; rest: string } | undefined {
    if (this.datelineRead === undefined) this.datelineRead = splitDateline(this.text) ?? false;
    return this.datelineRead === false ? undefined : this.datelineRead;
  }

  /** matchDateLine of the text: the date, when the block is a date line. */
  get dateLine(): string | undefined {
    if (this.dateLineRead === undefined) this.dateLineRead = matchDateLine(this.text) ?? false;
    return this.dateLineRead === false ? undefined : this.dateLineRead;
  }

  /** A byline (matchByline). */
  get byline(): boolean {
    return (this.bylineRead ??= matchByline(this.text) !== undefined);
  }
}

const BODY: Role = { kind: "body" };
