/** English irregular verbs (base, past, past participle): "sold" and "selling" share the lemma "sell". */
const TABLE = `arise arose arisen|be was were been|bear bore borne|beat beat beaten|become became become
|begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled
|blow blew blown|break broke broken|bring brought brought|build built built|burn burnt burned|buy bought bought
|catch caught caught|choose chose chosen|come came come|cost cost cost|creep crept crept|cut cut cut
|deal dealt dealt|dig dug dug|do did done does|draw drew drawn|dream dreamt dreamed|drink drank drunk
|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought
|find found found|flee fled fled|fly flew flown|forbid forbade forbidden|forecast forecast forecast
|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given
|go went gone goes|grow grew grown|hang hung hung|have had has|hear heard heard|hide hid hidden|hit hit hit
|hold held held|hurt hurt hurt|keep kept kept|know knew known|lay laid laid|lead led led|lean leant leaned
|leave left left|lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost|make made made
|mean meant meant|meet met met|mislead misled misled|overcome overcame overcome|overtake overtook overtaken
|pay paid paid|put put put|quit quit quit|read read read|ride rode ridden|ring rang rung|rise rose risen
|run ran run|say said said says|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set
|shake shook shaken|shed shed shed|shine shone shone|shoot shot shot|show showed shown|shrink shrank shrunk
|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|slide slid slid|speak spoke spoken
|spend spent spent|spin spun spun|split split split|spread spread spread|spring sprang sprung|stand stood stood
|steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck|strive strove striven
|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught
|tear tore torn|tell told told|think thought thought|throw threw thrown|understand understood understood
|undertake undertook undertaken|uphold upheld upheld|wake woke woken|wear wore worn|win won won
|withdraw withdrew withdrawn|withhold withheld withheld|write wrote written|oversee oversaw overseen
|undergo underwent undergone|outgrow outgrew outgrown|rebuild rebuilt rebuilt|resell resold resold
|retell retold retold|rewrite rewrote rewritten|foresee foresaw foreseen|beset beset beset|broadcast broadcast broadcast`;

/** Inflected form → base form, for the irregular verbs above. */
export const IRREGULAR_LEMMAS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const row of TABLE.split("|")) {
    const forms = row.trim().split(/\s+/);
    for (const form of forms) if (!map.has(form)) map.set(form, forms[0]);
  }
  return map;
})();
