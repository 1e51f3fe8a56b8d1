/**
 * Work, not time: the engine's caps count what it does (terms indexed, candidate pairs scored,
 * tokens diffed), so the same input gives the same report on an idle machine and a busy one. The
 * only wall-clock limit is the hard timeout around the whole job, which fails with a message.
 */
export class WorkBudget {
  private spent = 0;
  private exhaustedAt: string | undefined;
  constructor(readonly limit: number) {}

  /** Records `units` of work; false once the budget is spent (the caller stops and says so). */
  spend(units: number): boolean {
    this.spent += units;
    return this.spent <= this.limit;
  }

  get exhausted(): boolean {
    return this.spent > this.limit;
  }

  /** Where the budget first ran out, for the report's notice. */
  markExhausted(stage: string): void {
    this.exhaustedAt ??= stage;
  }

  get stage(): string | undefined {
    return this.exhaustedAt;
  }
}
