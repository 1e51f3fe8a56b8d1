/** Past this the stages cut work short and say so; the server never waits on one request forever. */
export const DEFAULT_BUDGET_MS = 8_000;
