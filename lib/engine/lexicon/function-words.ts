/**
 * English function words: articles, pronouns, prepositions, conjunctions, auxiliaries, common
 * determiners and particles. A rewording that changes only these is not a change of substance.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those there here
  i me my mine myself we us our ours ourselves you your yours yourself yourselves
  he him his himself she her hers herself it its itself they them their theirs themselves
  who whom whose which what whatever whoever whichever
  not am is are was were be been being have has had having do does did doing
  will would shall should can could may might must ought
  of in on at by for with from to into onto upon about above below over under between among
  through during before after since until till against along across around behind beyond
  toward towards within throughout via per amid amongst despite than as like unlike
  and or but so yet because although though while whereas if unless whether once
  also too very just only even still already then thus hence therefore however moreover
  furthermore meanwhile indeed both each either every all any some such own same other another
  more most much many few less least several whose out up down off away back
  it's that's there's he's she's what's who's let's i'm we're they're you're i've we've they've
  you've i'd we'd they'd he'd she'd i'll we'll they'll he'll she'll it'll
  when where why how whenever wherever`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs that introduce reported speech: swapping one for another rarely changes the facts. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  `say says said saying tell tells told telling add adds added adding state states stated stating
  note notes noted noting report reports reported reporting explain explained announce announced
  according remark remarked comment commented reply replied respond responded write writes wrote
  continue continued indicate indicated mention mentioned`
    .split(/\s+/)
    .filter(Boolean),
);
