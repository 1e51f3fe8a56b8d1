/**
 * Cities that copy still prints under an old name or an older transliteration beside the current
 * one ("Bombay" / "Mumbai", "Kharkov" / "Kharkiv"): each line is one city, in the gazetteer's format
 * (countries.ts), so the two names are one place (a minor difference) and another city stays
 * another place. Capitals are listed with their countries there.
 */
export const RENAMED_CITIES = `
mumbai, bombay
kolkata, calcutta
chennai, madras
bengaluru, bangalore
pune, poona
gurugram, gurgaon
ho chi minh city, saigon
guangzhou, canton
nanjing, nanking
chongqing, chungking
kharkiv, kharkov
odesa, odessa
lviv, lvov, lwow
dnipro, dnipropetrovsk
zaporizhzhia, zaporizhia, zaporozhye
mykolaiv, nikolaev, nikolayev
luhansk, lugansk
kryvyi rih, krivoy rog
`;
