/**
 * How many sources a comparison takes, and what an editor is told otherwise. Dependency-free so the
 * browser form, the API, the CLI and compare() share one rule and one sentence.
 */
export const MIN_SOURCES = 2;
export const MAX_SOURCES = 50;

export const tooFewSources = (count: number) => `A comparison needs at least ${MIN_SOURCES} sources; got ${count}.`;
export const tooManySources = (count: number) => `A comparison takes at most ${MAX_SOURCES} sources; got ${count}.`;
