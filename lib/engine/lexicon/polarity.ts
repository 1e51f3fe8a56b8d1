/** Negators and opposite-direction words: what turns a statement into its contrary. */

/** Words that negate (normalised forms; contractions ending in n't are negators too). */
export const NEGATORS: ReadonlySet<string> = new Set([
  "not", "no", "never", "without", "nobody", "nothing", "none", "neither", "nor", "nowhere", "cannot",
  "non", "lack", "lacks", "lacked", "lacking", "refuse", "refused", "refuses", "deny", "denies", "denied",
  "fail", "fails", "failed", "unable", "decline", "declines", "declined",
]);

/** True for "not", "didn't", "won't", "cannot", "never"… */
export function isNegator(norm: string): boolean {
  return NEGATORS.has(norm) || norm.endsWith("n't") || norm === "nt";
}

/** Words of a rise and of a fall: the first pair of OPPOSITES, and the direction of a figure of change. */
export const RISING: ReadonlySet<string> = new Set(
  `rise rises rose risen rising gain gains gained gaining climb climbs climbed climbing
    increase increases increased increasing jump jumps jumped jumping surge surges surged surging
    soar soars soared soaring advance advances advanced advancing rally rallied rallies up higher
    high highest grow grows grew grown growing growth boost boosted raise raises raised raising
    hike hikes hiked hiking`.split(/\s+/).filter(Boolean),
);
export const FALLING: ReadonlySet<string> = new Set(
  `fall falls fell fallen falling drop drops dropped dropping decline declines declined declining
    decrease decreases decreased decreasing slide slides slid sliding slip slips slipped slipping
    sink sinks sank sunk sinking tumble tumbled plunge plunged plunging lose loses lost losing loss
    losses down lower low lowest shrink shrank shrunk shrinking ease eased easing cut cuts
    retreat retreated dip dipped`.split(/\s+/).filter(Boolean),
);

/**
 * Direction words grouped by sense: a change from a word of one group to a word of the opposite
 * group reverses the statement ("shares rose" ≠ "shares fell"). Pairs are [group A, group B].
 */
export const OPPOSITES: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>]> = [
  [RISING, FALLING],
  [
    new Set("win wins won winning victory victories".split(" ")),
    new Set("lose loses lost losing defeat defeats defeated".split(" ")),
  ],
  [
    new Set("accept accepts accepted accepting approve approves approved approving sign signs signed signing pass passes passed passing agree agrees agreed allow allows allowed permit permitted support supports supported supporting back backed endorse endorsed".split(" ")),
    new Set("reject rejects rejected rejecting block blocks blocked blocking refuse refused disapprove disapproved disagree disagrees disagreed ban bans banned forbid forbade prohibit prohibited oppose opposes opposed opposing veto vetoed".split(" ")),
  ],
  [
    new Set("guilty convicted legal lawful possible likely true success successful succeeded before above inside include included including open opened".split(" ")),
    new Set("innocent acquitted illegal unlawful impossible unlikely false failure unsuccessful failed after below outside exclude excluded excluding closed shut".split(" ")),
  ],
  [
    new Set("praise praised praises hail hailed welcome welcomed welcomes commend commended applaud applauded".split(" ")),
    new Set("criticise criticize criticised criticized criticizes condemn condemned condemns denounce denounced slam slammed blast blasted attack attacked".split(" ")),
  ],
  [
    new Set("admit admits admitted admitting confirm confirms confirmed confirming acknowledge acknowledges acknowledged".split(" ")),
    new Set("deny denies denied denying".split(" ")),
  ],
  [
    new Set("more most".split(" ")),
    new Set("less least fewer".split(" ")),
  ],
  // Court rulings: a judgement kept or set aside.
  [
    new Set("uphold upholds upheld upholding affirm affirms affirmed affirming sustain sustained".split(" ")),
    new Set("overturn overturns overturned overturning reverse reverses reversed reversing vacate vacated overrule overruled quash quashed".split(" ")),
  ],
  [
    new Set("arrest arrests arrested arresting detain detains detained detaining jail jailed jailing imprison imprisoned capture captured".split(" ")),
    new Set("release releases released releasing free frees freed freeing".split(" ")),
  ],
  [
    new Set("begin begins began begun beginning start starts started starting launch launched resume resumed".split(" ")),
    new Set("end ends ended ending finish finished halt halts halted stop stops stopped suspend suspended collapse collapses collapsed collapsing".split(" ")),
  ],
  [
    new Set("impose imposes imposed imposing tighten tightens tightened tightening".split(" ")),
    new Set("lift lifts lifted lifting loosen loosened relax relaxed".split(" ")),
  ],
  [
    new Set("buy buys bought buying purchase purchased".split(" ")),
    new Set("sell sells sold selling".split(" ")),
  ],
  // Who lived through it.
  [
    new Set("survive survives survived surviving".split(" ")),
    new Set("die dies died dying perish perished".split(" ")),
  ],
  // Jobs added or shed ("lay off" is read by its "lay" / "laid").
  [
    new Set("hire hires hired hiring recruit recruits recruited recruiting".split(" ")),
    new Set("lay laid layoff layoffs fire fires fired firing sack sacked dismiss dismissed shed sheds".split(" ")),
  ],
  [
    new Set("strengthen strengthens strengthened strengthening stronger".split(" ")),
    new Set("weaken weakens weakened weakening weaker".split(" ")),
  ],
];
