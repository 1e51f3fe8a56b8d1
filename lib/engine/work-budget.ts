/**
 * Work, not time: the engine's caps count what it does (terms indexed, candidate pairs scored,
 * tokens diffed), so the same input gives the same report on an idle machine and a busy one. The
 * only wall-clock limit is the hard timeout around the whole job, which fails with a message.
 */
export class WorkBudget {
  private used = 0;
  constructor(readonly limit: number) {}

  /** Records `units` of work; false once the budget is spent (the caller stops and says so). */
  spend(units: number): boolean {
    this.used += units;
    return this.used <= this.limit;
  }

  get exhausted(): boolean {
    return this.used > this.limit;
  }

  get spent(): number {
    return this.used;
  }
}
