/**
 * English given names and the short forms news copy uses for them ("Ron" / "Ronald", "Liz" /
 * "Elizabeth", "Mike" / "Michael"): one person named two ways, not two people. Each line is a
 * formal name and its usual short forms, lower case. General knowledge of English naming, kept to
 * the forms common in news copy.
 */
const TABLE = `
abraham: abe
albert: al, bert
alexander: alex, sandy
alexandra: alex, sandra
alfred: al, alf, fred
andrew: andy, drew
anthony: tony
benjamin: ben, benny
bernard: bernie
catherine: cathy, kate, katie
charles: charlie, chuck, chas
christopher: chris, kit
daniel: dan, danny
david: dave
deborah: debbie, deb
donald: don, donnie
douglas: doug
edward: ed, eddie, ted, ned
elizabeth: liz, beth, betsy, eliza, lisa, libby
eugene: gene
frederick: fred, freddie
gerald: gerry, jerry
gregory: greg
harold: harry, hal
henry: hank, harry
jacob: jake
james: jim, jimmy, jamie
jeffrey: jeff
jennifer: jen, jenny
john: jack, johnny
jonathan: jon
joseph: joe, joey
joshua: josh
katherine: kathy, kate, katie, kathryn
kenneth: ken, kenny
lawrence: larry
leonard: len, lenny
margaret: maggie, meg, peggy
matthew: matt
michael: mike, mick, mickey
nathaniel: nate, nat
nicholas: nick
pamela: pam
patricia: pat, patty, tricia
patrick: pat, paddy
peter: pete
philip: phil
phillip: phil
randolph: randy
raymond: ray
richard: rick, ricky, dick, rich
robert: bob, bobby, rob, robbie, bert
ronald: ron, ronnie
samuel: sam
stephen: steve
steven: steve
susan: sue, susie
theodore: ted, teddy, theo
thomas: tom, tommy
timothy: tim
victoria: vicky, tori
vincent: vince
walter: walt
william: bill, billy, will, willie, liam
`;

/** Lower-case given name → the formal name(s) it is a form of (itself included). */
const FORMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const forms = new Map<string, Set<string>>();
  const add = (name: string, formal: string) => forms.set(name, (forms.get(name) ?? new Set()).add(formal));
  for (const line of TABLE.split("\n")) {
    if (!line.trim()) continue;
    const [formal, shorts] = line.split(":");
    add(formal.trim(), formal.trim());
    for (const short of shorts.split(",")) add(short.trim(), formal.trim());
  }
  return forms;
})();

/** Whether two different given names are one name formal and short ("Ron" / "Ronald"). */
export function sameGivenName(a: string, b: string): boolean {
  const x = FORMS.get(a.toLowerCase());
  const y = FORMS.get(b.toLowerCase());
  return !!x && !!y && a.toLowerCase() !== b.toLowerCase() && [...x].some((f) => y.has(f));
}

/** Whether a word is a given name the table knows, in its formal or a short form ("Peter", "Liz"). */
export function isGivenName(word: string): boolean {
  return FORMS.has(word.toLowerCase());
}
