/**
 * A legislator's party and state, as US news styles write them: "R-Ky.", "(D-Conn.)", "(R)",
 * "Republican of Kentucky", "New York Republican", "Sen. John Cornyn (Texas)". Two versions that
 * write one affiliation in two styles name nobody different; a different party or state is a
 * different fact.
 */
import { PLACES } from "../lexicon/countries";
import { PARTY_WORDS } from "../lexicon/parties";
import { US_STATE_IDS } from "../lexicon/us-states";
import type { Token } from "../tokenize";
import { nameKey, placesIn } from "./words";

const PARTY_LETTERS: Readonly<Record<string, string>> = { R: "republican", D: "democratic", I: "independent" };
/** "R-Ky", "D-N.Y.", "I-Vt": the tokenizer keeps the letter and the state's abbreviation as one word. */
const LETTER_AND_STATE = /^([RDI])-(\p{L}[\p{L}.]*)$/u;

interface Affiliation {
  parties: Set<string>;
  states: Set<string>;
  /** The tokens that state it. */
  tokens: Set<Token>;
}

/** The party and state among a side's differing names; tokens that are neither are left out. */
/** The US state a key names (module level: keepNames transpilers name each closure made). */
function stateNamed(key: string): string | undefined {
  const place = PLACES.get(key);
  return place && place.role === "name" && US_STATE_IDS.has(place.id) ? place.id : undefined;
}

function affiliationOf(names: Token[]): Affiliation {
  const found: Affiliation = { parties: new Set(), states: new Set(), tokens: new Set() };
  for (const t of names) {
    const letter = LETTER_AND_STATE.exec(t.text.replace(/\.$/, ""));
    const stateOfLetter = letter && stateNamed(letter[2].replace(/\./g, "").toLowerCase());
    if (letter && stateOfLetter) {
      found.parties.add(PARTY_LETTERS[letter[1]]);
      found.states.add(stateOfLetter);
      found.tokens.add(t);
    } else if (t.text === "R" || t.text === "D") {
      // A lone "R" or "D" is the party letter in "(R)"; a lone "I" is the pronoun.
      found.parties.add(PARTY_LETTERS[t.text]);
      found.tokens.add(t);
    } else {
      const party = PARTY_WORDS[nameKey(t)];
      if (!party) continue;
      found.parties.add(party);
      found.tokens.add(t);
    }
  }
  for (const { place, tokens } of placesIn(names)) {
    if (!US_STATE_IDS.has(place.id) || place.role !== "name") continue;
    found.states.add(place.id);
    for (const t of tokens) found.tokens.add(t);
  }
  return found;
}

const disagree = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/**
 * Compares the affiliations two sides' differing names state. "same": every differing name on
 * both sides is part of one affiliation written two ways; "conflict": the sides give a different
 * party or state; "descriptor": one side's names are only a party or state and the other's are
 * something else ("Republican" / "Fox News"), an affiliation added beside other words rather than
 * a name swapped; undefined: anything else.
 */
export function compareAffiliations(onlyA: Token[], onlyB: Token[]): "same" | "conflict" | "descriptor" | undefined {
  const a = affiliationOf(onlyA);
  const b = affiliationOf(onlyB);
  // A state alone ("Arkansas" / "Ark.") is a place, which the place rules compare.
  if (!a.parties.size && !b.parties.size) return undefined;
  const whole = (names: Token[], found: Affiliation) => found.tokens.size > 0 && names.every((t) => found.tokens.has(t));
  if (whole(onlyA, a) && whole(onlyB, b)) return disagree(a.parties, b.parties) || disagree(a.states, b.states) ? "conflict" : "same";
  if ((whole(onlyA, a) && a.parties.size && !b.tokens.size) || (whole(onlyB, b) && b.parties.size && !a.tokens.size)) return "descriptor";
  return undefined;
}
