/**
 * The states of the United States with the abbreviations AP style gives them ("Fla.", "Calif.",
 * "N.Y."), in the gazetteer's format (`name, variant; demonyms`), lower case, periods dropped as the
 * tokenizer's name keys drop them. "Fort Lauderdale, Fla." and "Fort Lauderdale, Florida" name one
 * place; Florida and Texas are two.
 *
 * Left out: Georgia and Washington (the gazetteer's country and capital keep those names) and the
 * abbreviation "Miss." (a title as often as Mississippi). Postal codes ("CA", "OR", "IN") are not
 * listed: most are also words.
 */
export const US_STATES = `
alabama, ala; alabamian, alabamians
alaska; alaskan, alaskans
arizona, ariz; arizonan, arizonans
arkansas, ark; arkansan, arkansans
california, calif; californian, californians
colorado, colo; coloradan, coloradans
connecticut, conn
delaware, del; delawarean, delawareans
florida, fla; floridian, floridians
hawaii; hawaiian, hawaiians
idaho; idahoan, idahoans
illinois, ill; illinoisan, illinoisans
indiana, ind; hoosier, hoosiers
iowa; iowan, iowans
kansas, kan; kansan, kansans
kentucky, ky; kentuckian, kentuckians
louisiana, la; louisianan, louisianans, louisianian
maine; mainer, mainers
maryland, md; marylander, marylanders
massachusetts, mass
michigan, mich; michigander, michiganders
minnesota, minn; minnesotan, minnesotans
mississippi; mississippian, mississippians
missouri, mo; missourian, missourians
montana, mont; montanan, montanans
nebraska, neb; nebraskan, nebraskans
nevada, nev; nevadan, nevadans
new hampshire, nh
new jersey, nj
new mexico, nm; new mexican, new mexicans
new york, ny; new yorker, new yorkers
north carolina, nc; north carolinian, north carolinians
north dakota, nd; north dakotan, north dakotans
ohio; ohioan, ohioans
oklahoma, okla; oklahoman, oklahomans
oregon, ore; oregonian, oregonians
pennsylvania, pa; pennsylvanian, pennsylvanians
rhode island, ri
south carolina, sc; south carolinian, south carolinians
south dakota, sd; south dakotan, south dakotans
tennessee, tenn; tennessean, tennesseans
texas; texan, texans
utah; utahn, utahns
vermont, vt; vermonter, vermonters
virginia, va; virginian, virginians
west virginia; west virginian, west virginians
wisconsin, wis; wisconsinite, wisconsinites
wyoming, wyo; wyomingite, wyomingites
`;

/** The states' ids in the gazetteer (their first names). */
export const US_STATE_IDS: ReadonlySet<string> = new Set(
  US_STATES.split("\n")
    .filter((line) => line.trim())
    .map((line) => line.split(/[;,]/)[0].trim()),
);
