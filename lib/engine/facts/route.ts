/**
 * Routes as facts: "traveling from (the city of) Cusco to Arequipa", "left Arequipa for Cusco". A
 * version that names the same two places the other way round tells another journey, wherever in the
 * statement it says so; the word diff sees only words moved about ("Arequipa to" added here, "to
 * Arequipa" dropped there).
 *
 * Hand-written: a journey's two ends stand in a fixed frame of news English, read over the
 * tokenizer's words (names are capitalised words, as the other fact stages read them).
 */
import { memoByText } from "../memo";
import { tokensOf, type Token } from "../tokenize";
import type { FoundDiscrepancy } from "../types";
import type { Unit } from "../units/align-units";
import { statementConflicts } from "./readings";

export interface Route {
  from: string;
  to: string;
  start: number;
  end: number;
}

/** The word that opens a journey → the word before its destination. */
const ROUTE_WORDS: ReadonlyMap<string, string> = new Map([
  ["from", "to"],
  ["left", "for"],
]);
/** Words between a journey's start and the word before its destination ("from Cusco, Peru, to"). */
const MAX_GAP = 4;
/** Small words before a place's name ("the city of Cusco"). */
const MAX_LEAD = 3;

/** Every journey a sentence names by its two ends. */
export function routesOf(text: string): Route[] {
  if (!/\b(?:from|left)\b/i.test(text)) return [];
  const tokens = tokensOf(text);
  const out: Route[] = [];
  tokens.forEach((t, i) => {
    const joiner = ROUTE_WORDS.get(t.norm.toLowerCase());
    const start = joiner ? placeAfter(tokens, i + 1) : undefined;
    if (!start) return;
    const k = tokens.findIndex((x, at) => at >= start.end && x.norm.toLowerCase() === joiner);
    const end = k >= 0 && k - start.end <= MAX_GAP ? placeAfter(tokens, k + 1) : undefined;
    if (end && end.name !== start.name) out.push({ from: start.name, to: end.name, start: tokens[start.at].start, end: tokens[end.end - 1].end });
  });
  return out;
}

/** The capitalised name within a few small words of `at`: its words' normal form, where it starts and ends. */
function placeAfter(tokens: readonly Token[], at: number): { name: string; at: number; end: number } | undefined {
  let k = at;
  while (k < tokens.length && k - at < MAX_LEAD && tokens[k].kind === "word" && !tokens[k].capitalized) k++;
  if (!isName(tokens[k])) return undefined;
  let end = k;
  while (isName(tokens[end])) end++;
  return { name: tokens.slice(k, end).map((t) => t.norm.toLowerCase()).join(" "), at: k, end };
}

/** A capitalised word (module level: keepNames transpilers name each closure made). */
const isName = (t: Token | undefined) => !!t && t.kind === "word" && t.capitalized;

/** Copies repeat most sentences word for word: each wording is read once (routes are only read). */
const routesIn = memoByText(20_000, routesOf);

/** Journeys between the same two places told the other way round by versions of one statement. */
export function routeConflicts(units: Unit[], reportOrder: string[]): FoundDiscrepancy[] {
  return statementConflicts(units, reportOrder, routesIn, (route) => [route.from, route.to].sort().join("|"), (route) => `${route.from}→${route.to}`, "Route", "characterization");
}
