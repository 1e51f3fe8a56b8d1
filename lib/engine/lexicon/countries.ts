import { RENAMED_CITIES } from "./renamed-cities";
import { US_STATES } from "./us-states";

/**
 * A gazetteer of countries (and, from us-states.ts, of the United States' states, and from
 * renamed-cities.ts, of cities known by two names): each line is
 * one country — its names and common variants, then its demonyms/adjectives and its capital (with
 * common transliterations). Two different countries are never a spelling variant of each other
 * (Austria ≠ Australia, Iran ≠ Iraq); two names of one country ("Kyiv" / "Kiev", "Russia" /
 * "Russian") are at most a minor difference.
 *
 * Format: `name, variant; demonym, demonym; capital, variant` — lower case. The seat of a government
 * that copy names in place of its capital ("the Kremlin", "Downing Street") is listed with it.
 */
const GAZETTEER = `
afghanistan; afghan, afghans; kabul
albania; albanian, albanians; tirana
algeria; algerian, algerians; algiers
andorra; andorran
angola; angolan, angolans; luanda
antigua and barbuda, antigua; antiguan
argentina; argentine, argentinian, argentinians, argentines; buenos aires
armenia; armenian, armenians; yerevan
australia; australian, australians, aussie; canberra
austria; austrian, austrians; vienna
azerbaijan; azerbaijani, azerbaijanis, azeri, azeris; baku
bahamas; bahamian; nassau
bahrain; bahraini, bahrainis; manama
bangladesh; bangladeshi, bangladeshis; dhaka, dacca
barbados; barbadian; bridgetown
belarus, byelorussia, belorussia; belarusian, belarusians, belarussian, byelorussian; minsk
belgium; belgian, belgians; brussels
belize; belizean; belmopan
benin; beninese; porto-novo
bhutan; bhutanese; thimphu
bolivia; bolivian, bolivians; la paz, sucre
bosnia and herzegovina, bosnia, bosnia-herzegovina; bosnian, bosnians; sarajevo
botswana; botswanan, motswana; gaborone
brazil; brazilian, brazilians; brasilia
brunei; bruneian; bandar seri begawan
bulgaria; bulgarian, bulgarians; sofia
burkina faso; burkinabe; ouagadougou
burundi; burundian; gitega, bujumbura
cambodia; cambodian, cambodians, khmer; phnom penh
cameroon; cameroonian, cameroonians; yaounde
canada; canadian, canadians; ottawa
cape verde, cabo verde; cape verdean; praia
central african republic; central african; bangui
chad; chadian, chadians; n'djamena, ndjamena
chile; chilean, chileans; santiago
china, prc; chinese; beijing, peking
colombia; colombian, colombians; bogota
comoros; comorian; moroni
congo, republic of the congo, congo-brazzaville; congolese; brazzaville
democratic republic of the congo, drc, congo-kinshasa, zaire; kinshasa
costa rica; costa rican, costa ricans; san jose
ivory coast, cote d'ivoire; ivorian, ivorians; yamoussoukro, abidjan
croatia; croatian, croatians, croat, croats; zagreb
cuba; cuban, cubans; havana
cyprus; cypriot, cypriots; nicosia
czech republic, czechia; czech, czechs; prague
denmark; danish, dane, danes; copenhagen
djibouti; djiboutian
dominica; dominican; roseau
dominican republic; dominicans; santo domingo
ecuador; ecuadorian, ecuadorians, ecuadoran; quito
egypt; egyptian, egyptians; cairo
el salvador; salvadoran, salvadorans, salvadorian; san salvador
equatorial guinea; equatoguinean; malabo
eritrea; eritrean, eritreans; asmara
estonia; estonian, estonians; tallinn
eswatini, swaziland; swazi; mbabane
ethiopia; ethiopian, ethiopians; addis ababa
fiji; fijian, fijians; suva
finland; finnish, finn, finns; helsinki
france; french, frenchman, frenchmen; paris, elysee, élysée
gabon; gabonese; libreville
gambia; gambian, gambians; banjul
georgia; georgian, georgians; tbilisi
germany; german, germans; berlin
ghana; ghanaian, ghanaians; accra
greece; greek, greeks, hellenic; athens
grenada; grenadian; st. george's
guatemala; guatemalan, guatemalans; guatemala city
guinea; guinean, guineans; conakry
guinea-bissau; bissau-guinean; bissau
guyana; guyanese; georgetown
haiti; haitian, haitians; port-au-prince
honduras; honduran, hondurans; tegucigalpa
hungary; hungarian, hungarians, magyar; budapest
iceland; icelandic, icelander, icelanders; reykjavik
india; indian, indians; new delhi, delhi
indonesia; indonesian, indonesians; jakarta
iran, persia; iranian, iranians, persian; tehran, teheran
iraq; iraqi, iraqis; baghdad
ireland, eire; irish, irishman; dublin
israel; israeli, israelis; jerusalem, tel aviv
italy; italian, italians; rome
jamaica; jamaican, jamaicans; kingston
japan; japanese; tokyo
jordan; jordanian, jordanians; amman
kazakhstan; kazakh, kazakhs, kazakhstani; astana, almaty
kenya; kenyan, kenyans; nairobi
kiribati; i-kiribati; tarawa
north korea, dprk; north korean, north koreans; pyongyang
south korea, korea, republic of korea; south korean, south koreans, korean, koreans; seoul
kosovo; kosovar, kosovan, kosovars; pristina, prishtina
kuwait; kuwaiti, kuwaitis; kuwait city
kyrgyzstan, kirghizia, kirgizia; kyrgyz, kirghiz, kyrgyzstani; bishkek
laos; lao, laotian, laotians; vientiane
latvia; latvian, latvians; riga
lebanon; lebanese; beirut
lesotho; basotho, mosotho; maseru
liberia; liberian, liberians; monrovia
libya; libyan, libyans; tripoli
liechtenstein; liechtensteiner; vaduz
lithuania; lithuanian, lithuanians; vilnius
luxembourg; luxembourger, luxembourgish
madagascar; malagasy; antananarivo
malawi; malawian, malawians; lilongwe
malaysia; malaysian, malaysians; kuala lumpur
maldives; maldivian
mali; malian, malians; bamako
malta; maltese; valletta
marshall islands; marshallese; majuro
mauritania; mauritanian; nouakchott
mauritius; mauritian; port louis
mexico; mexican, mexicans; mexico city
micronesia; micronesian; palikir
moldova, moldavia; moldovan, moldovans, moldavian; chisinau, kishinev
monaco; monegasque
mongolia; mongolian, mongolians, mongol; ulaanbaatar, ulan bator
montenegro; montenegrin, montenegrins; podgorica
morocco; moroccan, moroccans; rabat
mozambique; mozambican, mozambicans; maputo
myanmar, burma; burmese, myanmarese; naypyidaw, naypyitaw, yangon, rangoon
namibia; namibian, namibians; windhoek
nauru; nauruan
nepal; nepali, nepalese; kathmandu
netherlands, holland; dutch, dutchman; amsterdam, the hague
new zealand; new zealander, new zealanders, kiwi; wellington
nicaragua; nicaraguan, nicaraguans; managua
niger; nigerien, nigeriens; niamey
nigeria; nigerian, nigerians; abuja
north macedonia, macedonia; macedonian, macedonians; skopje
norway; norwegian, norwegians; oslo
oman; omani, omanis; muscat
pakistan; pakistani, pakistanis; islamabad
palau; palauan; ngerulmud
palestine, palestinian territories; palestinian, palestinians; ramallah
panama; panamanian, panamanians; panama city
papua new guinea; papua new guinean; port moresby
paraguay; paraguayan, paraguayans; asuncion
peru; peruvian, peruvians; lima
philippines; philippine, filipino, filipinos, filipina; manila
poland; polish, pole, poles; warsaw
portugal; portuguese; lisbon
qatar; qatari, qataris; doha
romania, rumania; romanian, romanians; bucharest
russia, russian federation; russian, russians; moscow, kremlin
rwanda; rwandan, rwandans; kigali
saint kitts and nevis; kittitian
saint lucia; saint lucian; castries
saint vincent and the grenadines; vincentian; kingstown
samoa; samoan, samoans; apia
san marino; sammarinese
sao tome and principe; santomean
saudi arabia; saudi, saudis, saudi arabian; riyadh
senegal; senegalese; dakar
serbia; serbian, serbians, serb, serbs; belgrade
seychelles; seychellois
sierra leone; sierra leonean; freetown
singapore; singaporean, singaporeans
slovakia; slovak, slovaks, slovakian; bratislava
slovenia; slovenian, slovenians, slovene, slovenes; ljubljana
solomon islands; solomon islander; honiara
somalia; somali, somalis; mogadishu
south africa; south african, south africans; pretoria, cape town, johannesburg
south sudan; south sudanese; juba
spain; spanish, spaniard, spaniards; madrid
sri lanka, ceylon; sri lankan, sri lankans; colombo
sudan; sudanese; khartoum
suriname, surinam; surinamese; paramaribo
sweden; swedish, swede, swedes; stockholm
switzerland; swiss; bern, berne
syria; syrian, syrians; damascus
taiwan; taiwanese; taipei
tajikistan; tajik, tajiks, tajikistani; dushanbe
tanzania; tanzanian, tanzanians; dodoma, dar es salaam
thailand, siam; thai, thais; bangkok
timor-leste, east timor; timorese; dili
togo; togolese; lome
tonga; tongan; nuku'alofa
trinidad and tobago, trinidad; trinidadian, tobagonian; port of spain
tunisia; tunisian, tunisians; tunis
turkey, turkiye, türkiye; turkish, turk, turks; ankara
turkmenistan; turkmen, turkmens; ashgabat, ashkhabad
tuvalu; tuvaluan; funafuti
uganda; ugandan, ugandans; kampala
ukraine; ukrainian, ukrainians; kyiv, kiev
united arab emirates, uae, emirates; emirati, emiratis; abu dhabi
united kingdom, uk, britain, great britain; british, briton, britons, brit, brits; london, downing street
US, united states, america; american, americans; washington, white house
uruguay; uruguayan, uruguayans; montevideo
uzbekistan; uzbek, uzbeks, uzbekistani; tashkent
vanuatu; ni-vanuatu; port vila
vatican, holy see; vatican city
venezuela; venezuelan, venezuelans; caracas
vietnam, viet nam; vietnamese; hanoi
yemen; yemeni, yemenis; sanaa, sana'a
zambia; zambian, zambians; lusaka
zimbabwe; zimbabwean, zimbabweans; harare
england; english, englishman, englishmen
scotland; scottish, scot, scots; edinburgh
wales; welsh; cardiff
northern ireland; northern irish; belfast
greenland; greenlandic, greenlander
hong kong; hong konger, hongkonger
puerto rico; puerto rican, puerto ricans; san juan
europe; european, europeans
africa; african, africans
asia; asian, asians
north america; north american, north americans
south america; south american, south americans
latin america; latin american, latin americans
central america; central american, central americans
middle east; middle eastern
central asia; central asian
southeast asia; southeast asian
east asia; east asian
`;

export interface Place {
  /** The country's first name: one id per line of the gazetteer. */
  id: string;
  /** "name" for the country's own names, "people" for demonyms, "capital" for its capital. */
  role: "name" | "people" | "capital";
}

/** Lower-case name (possibly several words) → the country it belongs to. */
export const PLACES: ReadonlyMap<string, Place> = (() => {
  const map = new Map<string, Place>();
  const roles: Place["role"][] = ["name", "people", "capital"];
  for (const line of `${GAZETTEER}${US_STATES}${RENAMED_CITIES}`.split("\n")) {
    if (!line.trim()) continue;
    const fields = line.split(";").map((f) => f.split(",").map((n) => n.trim()).filter(Boolean));
    const id = fields[0][0];
    fields.forEach((names, i) => {
      for (const name of names) if (!map.has(name)) map.set(name, { id, role: roles[i] ?? "capital" });
    });
  }
  return map;
})();

/** The place a name (any case, periods dropped) names: "US" only in capitals, since "us" is a pronoun. */
export function placeNamed(name: string): Place | undefined {
  const lower = name.toLowerCase();
  return PLACES.get(lower === "us" ? "US" : lower);
}

/** Longest gazetteer name, in words: lookups try spans up to this length. */
export const LONGEST_PLACE_WORDS = Math.max(...[...PLACES.keys()].map((k) => k.split(" ").length));
