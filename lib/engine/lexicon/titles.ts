/** Job titles and the nouns that say what kind of thing a name is ("the North department"). */

/** Words of official titles: a change here changes who someone is ("deputy assistant secretary"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  `president vice deputy assistant associate acting interim secretary undersecretary minister
  prime premier chancellor director chief head leader chairman chairwoman chairperson chair
  ambassador envoy consul attache spokesman spokeswoman spokesperson governor senator
  representative congressman congresswoman lawmaker mayor councillor councilor commissioner
  general colonel major captain lieutenant sergeant admiral commander marshal officer
  judge justice prosecutor attorney counsel sheriff inspector superintendent
  king queen prince princess emperor sultan emir sheikh pope cardinal bishop archbishop
  ceo cfo coo executive manager founder owner partner analyst economist professor
  senior junior principal special adviser advisor aide coordinator delegate negotiator`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that say whether someone holds a post now ("former President", "outgoing adviser"). */
export const TITLE_STATUS: ReadonlySet<string> = new Set(["former", "outgoing", "incoming"]);

/**
 * Nouns that name the kind of thing a proper name is. When one follows the differing words
 * ("North department"), the summary leads with it: "Department: North ≠ South".
 */
export const KIND_NOUNS: ReadonlySet<string> = new Set(
  `department ministry embassy consulate agency committee commission council party office bureau
  court tribunal university college school institute academy foundation company corporation firm
  group bank fund army navy force forces command brigade division regiment battalion corps
  region province state county district city town village street avenue road square
  river sea ocean lake mountain mountains island islands bay gulf strait peninsula valley desert
  airport port station hospital church mosque cathedral temple prison base camp
  union league alliance federation association organization organisation coalition movement front
  exchange index market administration government parliament senate assembly congress cabinet
  delegation team club center centre service services authority board directorate
  program programme project operation treaty accord agreement act law bill plan`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * One post whoever holds it and however it is put: "chair", "chairman", "chairwoman",
 * "chairperson"; "spokesman" and "spokeswoman"; "head" and "chief" of an office, which
 * translations and rewrites use for one another.
 */
export function postOf(word: string): string {
  return ONE_POST.get(word) ?? word;
}

const ONE_POST: ReadonlyMap<string, string> = new Map(
  ["chair chairman chairwoman chairperson", "spokesperson spokesman spokeswoman", "councilor councillor councilman councilwoman", "congressperson congressman congresswoman", "head chief"].flatMap(
    (forms) => forms.split(" ").map((form) => [form, forms.split(" ")[0]] as [string, string]),
  ),
);
