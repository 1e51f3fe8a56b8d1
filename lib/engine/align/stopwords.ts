/**
 * Function words that say nothing about which statement a paragraph makes. A general English list
 * (articles, pronouns, auxiliaries, prepositions, conjunctions), compared against the lowercased,
 * apostrophe-free word before stemming.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can cannot could did didnt do does doesnt doing dont down during each
  few for from further had hadnt has hasnt have havent having he hed hell hes her here heres hers
  herself him himself his how hows i id ill im ive if in into is isnt it its itself lets me more
  most mustnt my myself no nor not of off on once only or other ought our ours ourselves out over
  own same shant she shed shell shes should shouldnt so some such than that thats the their theirs
  them themselves then there theres these they theyd theyll theyre theyve this those through to too
  under until up upon us very was wasnt we wed well were weve werent what whats when whens where
  wheres which while who whos whom why whys will with wont would wouldnt you youd youll youre youve
  your yours yourself yourselves however although though yet may might must shall just whether
  among amid via per within without across along around toward towards onto since ever even`
    .split(/\s+/)
    .filter(Boolean),
);
