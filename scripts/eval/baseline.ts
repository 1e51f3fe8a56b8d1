/**
 * The baseline: a plain word diff (whitespace-separated words compared as written, same
 * diff-match-patch word mode and semantic cleanup) that calls every difference substantive.
 */
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, diff, diffCleanupSemantic } from "diff-match-patch-es";
import type { Flag } from "./score";

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

export function plainWordDiff(s1: string, s2: string): Flag[] {
  const w1 = words(s1);
  const w2 = words(s2);
  const ids = new Map<string, string>();
  const encode = (ws: Word[]) =>
    ws
      .map((w) => {
        let c = ids.get(w.text);
        if (!c) ids.set(w.text, (c = String.fromCharCode(0x100 + ids.size)));
        return c;
      })
      .join("");
  const diffs = diff(encode(w1), encode(w2), { diffTimeout: 1 }, false);
  diffCleanupSemantic(diffs);
  const flags: Flag[] = [];
  let i = 0;
  let j = 0;
  let open: { i: number; j: number } | undefined;
  const close = () => {
    if (!open) return;
    const range = (ws: Word[], a: number, b: number): Array<[number, number]> => (b > a ? [[ws[a].start, ws[b - 1].end]] : []);
    flags.push({ severity: "substantive", verdict: "word diff", s1: range(w1, open.i, i), s2: range(w2, open.j, j), summary: "word diff" });
    open = undefined;
  };
  for (const [op, chars] of diffs) {
    if (op === DIFF_EQUAL) {
      close();
      i += chars.length;
      j += chars.length;
    } else {
      open ??= { i, j };
      if (op === DIFF_DELETE) i += chars.length;
      if (op === DIFF_INSERT) j += chars.length;
    }
  }
  close();
  return flags;
}
