/**
 * ETPC scopes are indices into NLTK `word_tokenize` output. This re-creates that tokenizer's rules
 * (NLTK's improved Treebank tokenizer, applied per sentence) closely enough to map the indices back
 * to character offsets in the raw MRPC sentence; `locate` then finds each token in the raw text.
 */

export interface LocatedToken {
  token: string;
  /** Character offsets in the raw sentence; start = end = -1 when the token could not be placed. */
  start: number;
  end: number;
}

const STARTING_QUOTES: Array<[RegExp, string]> = [
  [/^"/g, "``"],
  [/(``)/g, " $1 "],
  [/([ ([{<])("|'{2})/g, "$1 `` "],
];

const PUNCTUATION: Array<[RegExp, string]> = [
  [/([^.])(\.)([\])}>"']*)\s*$/g, "$1 $2 $3 "],
  [/([:,])([^\d])/g, " $1 $2"],
  [/([:,])$/g, " $1 "],
  [/\.{2,}/g, " $& "],
  [/[;@#$%&]/g, " $& "],
  [/([^.])(\.)([\])}>"']*)\s*$/g, "$1 $2$3 "],
  [/[?!]/g, " $& "],
  [/([^'])' /g, "$1 ' "],
  [/[*]/g, " $& "],
];

const PARENS = /[\][(){}<>]/g;
const DOUBLE_DASHES = /--/g;

const ENDING_QUOTES: Array<[RegExp, string]> = [
  [/''/g, " '' "],
  [/"/g, " '' "],
  [/([^' ])('[sS]|'[mM]|'[dD]|') /g, "$1 $2 "],
  [/([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) /g, "$1 $2 "],
];

const CONTRACTIONS: RegExp[] = [
  /\b(can)(not)\b/gi,
  /\b(d)('ye)\b/gi,
  /\b(gim)(me)\b/gi,
  /\b(gon)(na)\b/gi,
  /\b(got)(ta)\b/gi,
  /\b(lem)(me)\b/gi,
  /\b(more)('n)\b/gi,
  /\b(wan)(na)(?=\s)/gi,
  / ('t)(is)\b/gi,
  / ('t)(was)\b/gi,
];

function tokenizeSentence(sentence: string): string[] {
  let text = sentence;
  for (const [re, sub] of STARTING_QUOTES) text = text.replace(re, sub);
  for (const [re, sub] of PUNCTUATION) text = text.replace(re, sub);
  text = text.replace(PARENS, " $& ");
  text = text.replace(DOUBLE_DASHES, " -- ");
  text = ` ${text} `;
  for (const [re, sub] of ENDING_QUOTES) text = text.replace(re, sub);
  for (const re of CONTRACTIONS) text = text.replace(re, " $1 $2 ");
  return text.split(/\s+/).filter(Boolean);
}

/** Punkt-like sentence split: after . ! ? (and closing quotes) followed by space and a capital or quote. */
function sentences(text: string): string[] {
  const out: string[] = [];
  const re = /[.!?]["')\]]*\s+(?=["'`(\[]*[A-Z0-9])/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(last, m.index);
    // Abbreviations and initials do not end a sentence.
    if (/(?:\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bJr|\bCo|\bCorp|\bInc|\bU\.S|\ba\.m|\bp\.m|\bvs|\bJan|\bFeb|\bAug|\bSept?|\bOct|\bNov|\bDec)$/.test(before) && text[m.index] === ".") continue;
    out.push(text.slice(last, m.index + m[0].trimEnd().length));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.filter((s) => s.trim());
}

export function nltkWordTokenize(text: string): string[] {
  return sentences(text).flatMap(tokenizeSentence);
}

/** Places each token in the raw text, in order. */
export function locate(text: string, tokens: string[]): LocatedToken[] {
  const out: LocatedToken[] = [];
  let cursor = 0;
  for (const token of tokens) {
    let start = -1;
    let length = token.length;
    if (token === "``" || token === "''") {
      const m = /\s*(``|''|"|“|”)/y;
      m.lastIndex = cursor;
      const found = m.exec(text);
      if (found) {
        start = cursor + found[0].length - found[1].length;
        length = found[1].length;
      }
    }
    if (start < 0) {
      const at = text.indexOf(token, cursor);
      // Only accept a match close by: a token missing from the text must not swallow the rest.
      if (at >= 0 && text.slice(cursor, at).trim().length <= 2) start = at;
    }
    if (start < 0) {
      out.push({ token, start: -1, end: -1 });
      continue;
    }
    out.push({ token, start, end: start + length });
    cursor = start + length;
  }
  return out;
}
