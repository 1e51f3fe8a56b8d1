import type { StoredReview } from "@/lib/comparisons";
import { REVIEW_STATUSES, type ReviewStatus } from "@/lib/validations/review";

/**
 * The comparison page's reviews, live: what the fact-checker decided, whether it has reached the
 * server, and which statuses the list shows. Plain TypeScript (React subscribes to it through
 * use-reviews.ts) so the save-and-retry logic is testable without a browser.
 *
 * Saving: every change is kept as a draft until the server confirms it. One request per
 * discrepancy at a time, always carrying the latest draft (status and note together, so two quick
 * changes can't arrive out of order) and the version of the review it was made on. A failed
 * request is retried with backoff for as long as it takes; one the server refuses (4xx) waits for
 * the user. When someone else saved first (409), the draft waits beside their review until the
 * user keeps one or merges them. Nothing is dropped silently.
 */

export type SaveState =
  /** `justNow`: saved from this page (worth a word), not loaded as stored. */
  | { kind: "saved"; justNow?: boolean }
  | { kind: "saving" }
  | { kind: "retrying"; attempt: number; message: string }
  | { kind: "failed"; message: string }
  /** Someone else saved this review first: theirs, as it now stands, waits beside the draft. */
  | { kind: "conflict"; message: string; theirs: StoredReview };

export interface ReviewEntry {
  key: string;
  status: ReviewStatus;
  note: string;
  reviewer: string;
  /** The server's version this entry is based on (0: nobody has saved a review yet). */
  version: number;
  updatedAt?: string;
  save: SaveState;
}

/** What to do with a conflict: take their review, save mine over it, or save a merged note. */
export type ConflictChoice = { keep: "theirs" } | { keep: "mine" } | { keep: "merged"; note: string };

export interface DiscrepancyRef {
  id: string;
  key: string;
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface ReviewStoreOptions {
  fetch?: Fetch;
  /** Typing pauses this long before a note is sent (blur sends at once). */
  noteDelayMs?: number;
  /** Waits between retries; the last one repeats for as long as it takes. */
  retryDelaysMs?: number[];
}

interface Draft {
  status: ReviewStatus;
  note: string;
  /** Bumped on every change: a response only clears the draft it was sent for. */
  revision: number;
}

const SAVED: SaveState = { kind: "saved" };
const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

export class ReviewStore {
  private entries = new Map<string, ReviewEntry>();
  private drafts = new Map<string, Draft>();
  private inFlight = new Set<string>();
  private noteTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private retryTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private attempts = new Map<string, number>();
  private listeners = new Set<() => void>();
  private filter: ReadonlySet<ReviewStatus> = new Set(REVIEW_STATUSES);
  private fetch: Fetch;
  private noteDelayMs: number;
  private retryDelaysMs: number[];
  /** Changes on every update. */
  version = 0;
  private signature?: { version: number; value: string };

  constructor(
    readonly comparisonId: string,
    initial: StoredReview[],
    options: ReviewStoreOptions = {},
  ) {
    this.fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.noteDelayMs = options.noteDelayMs ?? 800;
    this.retryDelaysMs = options.retryDelaysMs ?? RETRY_DELAYS_MS;
    for (const r of initial) this.entries.set(r.key, { ...r, save: SAVED });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  entry(key: string): ReviewEntry | undefined {
    return this.entries.get(key);
  }

  statusOf(key: string): ReviewStatus {
    return this.entries.get(key)?.status ?? "open";
  }

  get statusFilter(): ReadonlySet<ReviewStatus> {
    return this.filter;
  }

  setStatusFilter(statuses: Iterable<ReviewStatus>): void {
    this.filter = new Set(statuses);
    this.changed();
  }

  /**
   * Which statuses the list shows and what each discrepancy's status is, as one string: views that
   * only care about statuses (the list filter, the progress bar) re-render when it changes, not on
   * every keystroke in a note.
   */
  statusSignature(): string {
    if (this.signature?.version !== this.version) {
      const statuses = [...this.entries.values()].map((e) => `${e.key}=${e.status}`).join("|");
      this.signature = { version: this.version, value: `${[...this.filter].sort().join(",")}#${statuses}` };
    }
    return this.signature.value;
  }

  entriesWhere(test: (entry: ReviewEntry) => boolean): ReviewEntry[] {
    return [...this.entries.values()].filter(test);
  }

  /** Each entry's save state, for a page-level "not saved" line. */
  saveKinds(): Array<SaveState["kind"]> {
    return [...this.entries.values()].map((e) => e.save.kind);
  }

  /** Changes that have not reached the server yet (typing, in flight, retrying or refused). */
  unsavedCount(): number {
    return this.drafts.size;
  }

  setStatus(discrepancy: DiscrepancyRef, status: ReviewStatus): void {
    this.edit(discrepancy, { status });
    this.sendNow(discrepancy.key);
  }

  /** Sends after a pause in typing; `flush` (on blur) sends at once. */
  setNote(discrepancy: DiscrepancyRef, note: string): void {
    this.edit(discrepancy, { note });
    this.clearTimer(this.noteTimers, discrepancy.key);
    this.noteTimers.set(
      discrepancy.key,
      setTimeout(() => this.sendNow(discrepancy.key), this.noteDelayMs),
    );
  }

  flush(key: string): void {
    if (this.noteTimers.has(key)) this.sendNow(key);
  }

  /** Retries now whatever is waiting (not conflicts: they wait for a choice): after "Try again", or back online. */
  retryAll(): void {
    for (const key of this.drafts.keys()) {
      if (!this.inFlight.has(key) && this.entries.get(key)?.save.kind !== "conflict") this.sendNow(key);
    }
  }

  /**
   * Settles a conflict. "theirs" drops this page's draft; "mine" and "merged" save on top of their
   * version (so the server takes it), "merged" with the note the user put together from both.
   */
  resolveConflict(key: string, choice: ConflictChoice): void {
    const entry = this.entries.get(key);
    const draft = this.drafts.get(key);
    if (entry?.save.kind !== "conflict" || !draft) return;
    const { theirs } = entry.save;
    if (choice.keep === "theirs") {
      this.drafts.delete(key);
      this.entries.set(key, { ...theirs, save: SAVED });
    } else {
      const note = choice.keep === "merged" ? choice.note : draft.note;
      this.drafts.set(key, { ...draft, note, revision: draft.revision + 1 });
      this.entries.set(key, { ...entry, note, version: theirs.version, save: { kind: "saving" } });
      this.sendNow(key);
    }
    this.changed();
  }

  /**
   * Sends everything pending now (notes mid-pause, retries mid-backoff) and waits up to
   * `timeoutMs` for it to be saved; true if it all was. Exports call it so the file has it.
   */
  async settle(timeoutMs = 5_000): Promise<boolean> {
    this.retryAll();
    if (!this.drafts.size) return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        unsubscribe();
        resolve(this.drafts.size === 0);
      }, timeoutMs);
      const unsubscribe = this.subscribe(() => {
        if (this.drafts.size) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(true);
      });
    });
  }

  /**
   * Takes in reviews the server rendered later (a refresh after a re-run, another tab's work):
   * newer server rows win, except where this page has changes of its own still unsaved.
   */
  merge(reviews: StoredReview[]): void {
    let changed = false;
    for (const r of reviews) {
      const mine = this.entries.get(r.key);
      if (this.drafts.has(r.key) || (mine && mine.version >= r.version)) continue;
      this.entries.set(r.key, { ...r, save: SAVED });
      changed = true;
    }
    if (changed) this.changed();
  }

  private edit(discrepancy: DiscrepancyRef, change: Partial<Pick<Draft, "status" | "note">>): void {
    const { key } = discrepancy;
    const current = this.entries.get(key);
    const previous = this.drafts.get(key);
    const draft: Draft = {
      status: change.status ?? current?.status ?? "open",
      note: change.note ?? current?.note ?? "",
      revision: (previous?.revision ?? 0) + 1,
    };
    this.drafts.set(key, draft);
    const waiting = current?.save.kind === "retrying" || current?.save.kind === "failed" || current?.save.kind === "conflict";
    this.entries.set(key, {
      key,
      status: draft.status,
      note: draft.note,
      reviewer: current?.reviewer ?? "",
      version: current?.version ?? 0,
      updatedAt: current?.updatedAt,
      save: waiting ? current.save : { kind: "saving" },
    });
    this.changed();
  }

  private sendNow(key: string): void {
    this.clearTimer(this.noteTimers, key);
    this.clearTimer(this.retryTimers, key);
    // One request per discrepancy at a time; when it returns, a newer draft is sent next.
    if (this.inFlight.has(key) || !this.drafts.has(key)) return;
    // A conflict waits for the user's choice (resolveConflict); typing meanwhile only edits the draft.
    if (this.entries.get(key)?.save.kind === "conflict") return;
    void this.send(key, this.drafts.get(key)!, this.entries.get(key)?.version ?? 0);
  }

  private async send(key: string, draft: Draft, version: number): Promise<void> {
    this.inFlight.add(key);
    let outcome:
      | { ok: true; review: StoredReview }
      | { ok: false; retry: boolean; message: string }
      | { ok: false; conflict: StoredReview; message: string };
    try {
      // By key, which survives re-runs: a tab opened before one still reaches the same discrepancy.
      const response = await this.fetch(
        `/api/comparisons/${encodeURIComponent(this.comparisonId)}/discrepancies/${encodeURIComponent(key)}/review`,
        {
          method: "PUT",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ status: draft.status, note: draft.note, version }),
        },
      );
      const body = (await response.json().catch(() => null)) as (StoredReview & { error?: string; current?: StoredReview }) | null;
      if (response.ok && body) outcome = { ok: true, review: body };
      else if (response.status === 409 && body?.current) outcome = { ok: false, conflict: body.current, message: body.error ?? "Someone else changed this review." };
      else {
        const retry = response.ok || response.status >= 500 || response.status === 408 || response.status === 429;
        outcome = { ok: false, retry, message: body?.error ?? `The server answered ${response.status}.` };
      }
    } catch {
      outcome = { ok: false, retry: true, message: "The server could not be reached." };
    }
    this.inFlight.delete(key);

    const latest = this.drafts.get(key);
    const current = this.entries.get(key);
    if (!current || !latest) return;
    if (outcome.ok) {
      this.attempts.delete(key);
      const { reviewer, version, updatedAt } = outcome.review;
      if (latest.revision === draft.revision) {
        this.drafts.delete(key);
        this.entries.set(key, { ...current, reviewer, version, updatedAt, save: { kind: "saved", justNow: true } });
      } else {
        this.entries.set(key, { ...current, reviewer, version, updatedAt, save: { kind: "saving" } });
        if (!this.noteTimers.has(key)) this.sendNow(key);
      }
    } else if ("conflict" in outcome) {
      this.attempts.delete(key);
      this.clearTimer(this.noteTimers, key);
      this.entries.set(key, { ...current, save: { kind: "conflict", message: outcome.message, theirs: outcome.conflict } });
    } else if (outcome.retry) {
      const attempt = (this.attempts.get(key) ?? 0) + 1;
      this.attempts.set(key, attempt);
      this.entries.set(key, { ...current, save: { kind: "retrying", attempt, message: outcome.message } });
      const delay = this.retryDelaysMs[Math.min(attempt, this.retryDelaysMs.length) - 1] ?? 30_000;
      this.retryTimers.set(
        key,
        setTimeout(() => this.sendNow(key), delay),
      );
    } else {
      this.attempts.delete(key);
      this.entries.set(key, { ...current, save: { kind: "failed", message: outcome.message } });
    }
    this.changed();
  }

  private clearTimer(timers: Map<string, ReturnType<typeof setTimeout>>, key: string): void {
    const timer = timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    timers.delete(key);
  }

  private changed(): void {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }
}

/**
 * One store per comparison for the life of the tab, so review controls in different parts of the
 * page share it. On the server (rendering HTML) each call gets a throwaway store: module state
 * there would be shared between requests.
 */
const stores = new Map<string, ReviewStore>();

export function reviewStoreFor(comparisonId: string, initial: StoredReview[]): ReviewStore {
  if (typeof window === "undefined") return new ReviewStore(comparisonId, initial);
  let store = stores.get(comparisonId);
  if (!store) {
    store = new ReviewStore(comparisonId, initial);
    stores.set(comparisonId, store);
  }
  return store;
}
