/**
 * A flight's number and its aircraft as facts of the whole story: "Flight 1453" / "Flight 1435",
 * "a Boeing 737-800" / "an Airbus A320". An aviation story names them once or twice, in sentences
 * the versions word and place as they like (a lede against a retold second paragraph), so two
 * versions giving them differently conflict wherever the sentences sit.
 *
 * Hand-written: "Flight" and a number, and a maker's name and a model, are fixed patterns of news
 * style that a short scan reads exactly. The makers are general knowledge of the industry.
 */
import type { FoundDiscrepancy } from "../types";
import type { SentenceRef } from "../units/sentences";
import { factsByWording, storyFactConflicts } from "./readings";

export interface AircraftFact {
  /** "flight" or "aircraft". */
  kind: string;
  /** The flight number, or the maker and the model's family ("boeing 737", "airbus a320"). */
  reading: string;
  start: number;
  end: number;
}

/** "Flight 1453", "flight UA1453", "Flight MH17". */
const FLIGHT = /\b[Ff]light\s+([A-Z]{0,3}\d{1,5})\b/g;
/** A maker and the model after it: "Boeing 737-800", "Airbus A320neo", "Embraer E175". */
const MAKER_MODEL =
  /\b(Boeing|Airbus|Embraer|Bombardier|ATR|Cessna|Antonov|Tupolev|Sukhoi|Ilyushin|Lockheed|Dassault|Gulfstream|Beechcraft|Comac|Fokker)\s+([A-Z]{0,3}-?\d{1,4}[\w-]*)/g;

/**
 * MAKER_MODEL asked once, not for every match: matchAll copies its pattern for each text it is
 * given, and most sentences name no aircraft.
 */
const NAMES_A_MAKER = new RegExp(MAKER_MODEL.source);

/** Every flight number and aircraft a sentence names. */
export function aircraftFactsOf(text: string): AircraftFact[] {
  const out: AircraftFact[] = [];
  for (const m of /light\s/.test(text) ? text.matchAll(FLIGHT) : []) {
    const start = m.index! + m[0].lastIndexOf(m[1]);
    out.push({ kind: "flight", reading: m[1].toUpperCase(), start: m.index!, end: start + m[1].length });
  }
  for (const m of NAMES_A_MAKER.test(text) ? text.matchAll(MAKER_MODEL) : []) {
    // The model's family: "737-800" and "737 MAX" are one family, "A320neo" is an A320.
    const family = /^[A-Z]{0,3}-?\d+/.exec(m[2])![0].replace("-", "").toLowerCase();
    out.push({ kind: "aircraft", reading: `${m[1].toLowerCase()} ${family}`, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

interface PlacedFact {
  fact: AircraftFact;
  sentence: SentenceRef;
}

/** One discrepancy for the flight number and one for the aircraft, when versions give them differently. */
export function aircraftConflicts(sentences: SentenceRef[], reportOrder: string[]): FoundDiscrepancy[] {
  const factsIn = factsByWording(sentences, aircraftFactsOf);
  if (!factsIn) return [];
  const [flights, aircraft]: PlacedFact[][] = [[], []];
  for (const sentence of sentences) {
    for (const fact of factsIn(sentence.text)) {
      if (fact.kind === "flight") flights.push({ fact, sentence });
      else if (fact.kind === "aircraft") aircraft.push({ fact, sentence });
    }
  }
  return [
    ...storyFactConflicts(flights, reportOrder, (p) => p.fact.reading, (p) => p.fact, "Flight", "entity"),
    ...storyFactConflicts(aircraft, reportOrder, (p) => p.fact.reading, (p) => p.fact, "Aircraft", "entity"),
  ];
}
