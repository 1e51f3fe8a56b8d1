/**
 * Where a fact stage's tokens lie in a text, for a token pattern that every character but white
 * space starts a match of (a word, a figure, or any one other character): the text is read token
 * after token by a sticky match at each, which moves lastIndex past it and builds no match array
 * (a global scan builds one per token, of every sentence a stage reads).
 */

/**
 * [start, end) of each token, as consecutive pairs: what `text.matchAll(global)` finds, for the
 * sticky copy `sticky` (flags "uy") of a global pattern of that kind.
 */
export function tokenSpans(text: string, sticky: RegExp): number[] {
  if (lettersAllAscii(text)) sticky = asciiTwinOf(sticky);
  const spans: number[] = [];
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    if (code < 128 ? code === 32 || (code >= 9 && code <= 13) : WHITE_SPACE.test(text[at])) {
      at++;
      continue;
    }
    sticky.lastIndex = at;
    if (!sticky.test(text)) {
      at++;
      continue;
    }
    spans.push(at, sticky.lastIndex);
    at = sticky.lastIndex;
  }
  return spans;
}

const WHITE_SPACE = /\s/;

/**
 * Whether every letter of the text is an ASCII one: it holds no character past ASCII but the
 * no-break space, guillemets and General Punctuation (U+2000–U+206F: dashes, curly quotes, "…"),
 * none of which is a letter or a mark. Most copy is such, and over it a pattern's Unicode letter
 * classes can be ASCII ones (forAsciiLetters).
 */
export const lettersAllAscii = (text: string) => ASCII_LETTERS_ONLY.test(text);
const ASCII_LETTERS_ONLY = /^[\0-\x7f\u00a0\u00ab\u00bb\u2000-\u206f]*$/;

/**
 * The pattern as it reads a text of ASCII letters only (lettersAllAscii): \p{L}, \p{Lu} and \p{Ll}
 * made the ASCII letters they match there, \p{M} (no mark is among its characters) dropped, and
 * the "u" flag with them. It finds the same matches there some three to eight times faster: the
 * Unicode classes are tables looked up at every character of every sentence a fact stage reads.
 */
export function forAsciiLetters(pattern: RegExp): RegExp {
  const source = pattern.source
    .replace(/\[(\^?)((?:\\.|[^\]\\])*)\]/g, (_, negated: string, body: string) => `[${negated}${asciiClassBody(body)}]`)
    .replace(/\\p\{(L|Lu|Ll)\}/g, (_, name: string) => `[${ASCII_LETTERS[name]}]`);
  if (/\\[pP]\{|\\u\{/.test(source) || pattern.flags.includes("i")) throw new Error(`No ASCII reading of ${pattern}`);
  return new RegExp(source, pattern.flags.replace("u", ""));
}

const ASCII_LETTERS: Record<string, string> = { L: "A-Za-z", Lu: "A-Z", Ll: "a-z", M: "" };
const asciiClassBody = (body: string) => body.replace(/\\p\{(L|Lu|Ll|M)\}/g, (_, name: string) => ASCII_LETTERS[name]);

/** Each sticky token pattern's ASCII twin, made once (a handful of module-level patterns). */
const asciiTwins = new Map<RegExp, RegExp>();
function asciiTwinOf(pattern: RegExp): RegExp {
  let twin = asciiTwins.get(pattern);
  if (!twin) asciiTwins.set(pattern, (twin = forAsciiLetters(pattern)));
  return twin;
}
