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
