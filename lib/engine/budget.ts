/**
 * Work units a comparison may spend before its stages cut work short and say so. A unit is about
 * one term looked up or one token compared; this many take a few seconds on one core, far more
 * than any real story needs (five fixtures: ~0.3 M; 50 × 2,000 words: ~12 M).
 */
export const DEFAULT_WORK_LIMIT = 60_000_000;
