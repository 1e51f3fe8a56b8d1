/**
 * WHO SAID IT: the person a quotation is attributed to, from the words beside it — "…,” said
 * Jerome Powell", "…,” Powell said", "Powell told reporters: “…", "according to Powell, “…". Two
 * versions that give one quoted passage to two different people misattribute it.
 *
 * Hand-written: attribution in news copy is a handful of fixed patterns around the quotation
 * marks (a verb of saying next to a name); a pronoun ("he said") names nobody and is left out.
 */

export interface Speaker {
  /** The surname as a key, lower case. */
  key: string;
  /** The name as written, and where it stands in the paragraph. */
  text: string;
  start: number;
  end: number;
}

/** How far from the quotation marks an attribution is looked for. */
const REACH = 80;
/** Verbs that attribute words to a speaker. */
export const SAYING_VERBS: ReadonlySet<string> = new Set("said says told tells added adds wrote writes stated states explained noted declared insisted".split(" "));
const SAYING = String.raw`(?:${[...SAYING_VERBS].join("|")})`;
/** Up to four capitalised words (initials and titles such as "Sen." included): a name. */
const NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)`;
const AFTER_SAID_NAME = new RegExp(String.raw`^[\s,.]*${SAYING}\s+${NAME}`, "u");
const AFTER_NAME_SAID = new RegExp(String.raw`^[\s,]*${NAME}\s+${SAYING}\b`, "u");
const BEFORE_NAME_SAID = new RegExp(String.raw`${NAME}\s+${SAYING}(?:\s+\p{Ll}+)?\s*[:,]?\s*$`, "u");
const BEFORE_ACCORDING = new RegExp(String.raw`[Aa]ccording to\s+${NAME}\s*,?\s*$`, "u");
/**
 * The ends of the two patterns before a quotation, without the name: a stretch that does not end
 * so is not searched for a name at every place (most quotations are attributed after them, or not
 * at all).
 */
const ENDS_SAID = new RegExp(String.raw`${SAYING}(?:\s+\p{Ll}+)?\s*[:,]?\s*$`, "u");
const mayEndSaid = (before: string) => ENDS_SAID.test(before);
const mayEndAccording = (before: string) => before.includes("ccording to");
/** Capitalised words that name nobody. */
const NOT_A_NAME = new Set("he she they it we i you this that the a an his her their its but and or in on at".split(" "));

/** The speaker of the quotation at [start, end) of a paragraph (the marks included), if the text names one. */
export function speakerAround(text: string, start: number, end: number): Speaker | undefined {
  const after = text.slice(end, end + REACH);
  const beforeFrom = Math.max(0, start - REACH);
  const before = text.slice(beforeFrom, start);
  for (const [pattern, slice, offset, may] of [
    [AFTER_SAID_NAME, after, end, undefined],
    [AFTER_NAME_SAID, after, end, undefined],
    [BEFORE_NAME_SAID, before, beforeFrom, mayEndSaid],
    [BEFORE_ACCORDING, before, beforeFrom, mayEndAccording],
  ] as const) {
    if (may && !may(slice)) continue;
    const m = pattern.exec(slice);
    if (!m) continue;
    const name = m[1];
    const words = name.split(/\s+/);
    const surname = words[words.length - 1].replace(/['’]s$/, "");
    if (NOT_A_NAME.has(surname.toLowerCase()) || NOT_A_NAME.has(words[0].toLowerCase())) return undefined;
    const at = offset + m.index + m[0].indexOf(name);
    return { key: surname.toLowerCase(), text: name, start: at, end: at + name.length };
  }
  return undefined;
}
