/**
 * Work units a comparison may spend before its stages cut work short and say so. A unit is about
 * one term looked up or one token compared; this many take a few seconds on one core, far more
 * than any real story needs (five fixtures: ~20 k; 50 × 2,000 words: 0.2–0.7 M; 50 × 20,000 words:
 * ~1.9 M, since work shared by copies of a sentence is done, and counted, once).
 */
export const DEFAULT_WORK_LIMIT = 60_000_000;
