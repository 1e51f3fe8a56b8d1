import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ReviewStore } from "./review-store";

const d1 = { id: "d1", key: "entity:a" };
const d2 = { id: "d2", key: "number:b" };

const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
const review = (key: string, status: "confirmed" | "dismissed", version: number, note = "", reviewer = "") => ({
  key,
  status,
  note,
  reviewer,
  version,
  createdAt: at(version),
  updatedAt: at(version),
});

/**
 * A stand-in server: records each PUT body and answers what the test queues (default 200, as the
 * real one would: the next version, signed by "Ana"; a queued review answers 409 with it).
 */
function fakeServer() {
  const requests: Array<{ url: string; body: Record<string, string | number> }> = [];
  const answers: Array<number | "offline" | ReturnType<typeof review>> = [];
  let clock = 0;
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body));
    requests.push({ url, body });
    const answer = answers.shift() ?? 200;
    if (answer === "offline") throw new TypeError("Failed to fetch");
    if (typeof answer === "object") return Response.json({ error: `${answer.reviewer} changed this review.`, current: answer }, { status: 409 });
    if (answer !== 200) return Response.json({ error: `refused ${answer}` }, { status: answer });
    const updatedAt = at(++clock);
    return Response.json({ key: "k", discrepancyId: "d", ...body, reviewer: "Ana", version: body.version + 1, createdAt: updatedAt, updatedAt });
  });
  return { fetch, requests, answers };
}

/** Lets the fake fetch's promise chain run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe("ReviewStore", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves a status at once, under the discrepancy's key, with the version it was made on", async () => {
    const server = fakeServer();
    const store = new ReviewStore("c 1", [], { fetch: server.fetch });
    store.setStatus(d1, "confirmed");
    expect(store.entry(d1.key)).toMatchObject({ status: "confirmed", save: { kind: "saving" } });
    expect(store.unsavedCount()).toBe(1);
    await settle();
    expect(server.requests).toEqual([{ url: "/api/comparisons/c%201/discrepancies/entity%3Aa/review", body: { status: "confirmed", note: "", version: 0 } }]);
    expect(store.entry(d1.key)).toMatchObject({ status: "confirmed", reviewer: "Ana", version: 1, save: { kind: "saved" } });
    expect(store.unsavedCount()).toBe(0);
  });

  it("debounces a note while typing, and sends at once on flush (blur)", async () => {
    const server = fakeServer();
    const store = new ReviewStore("c", [], { fetch: server.fetch, noteDelayMs: 800 });
    store.setNote(d1, "Chec");
    await vi.advanceTimersByTimeAsync(500);
    store.setNote(d1, "Checked");
    await vi.advanceTimersByTimeAsync(500);
    expect(server.requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(400);
    expect(server.requests.map((r) => r.body.note)).toEqual(["Checked"]);

    store.setNote(d1, "Checked twice");
    store.flush(d1.key);
    await settle();
    expect(server.requests.map((r) => r.body.note)).toEqual(["Checked", "Checked twice"]);
    expect(store.entry(d1.key)?.save.kind).toBe("saved");
  });

  it("keeps one request in flight per discrepancy and sends the latest draft next", async () => {
    const server = fakeServer();
    const store = new ReviewStore("c", [], { fetch: server.fetch });
    store.setStatus(d1, "confirmed");
    store.setStatus(d1, "dismissed");
    store.setStatus(d1, "confirmed");
    store.setStatus(d2, "dismissed");
    expect(server.requests.map((r) => [r.url.split("/")[5], r.body.status])).toEqual([
      ["entity%3Aa", "confirmed"],
      ["number%3Ab", "dismissed"],
    ]);
    await settle();
    // The first d1 response came back for an old draft: the newest one went out after it, on the new version.
    expect(server.requests.map((r) => r.body.status)).toEqual(["confirmed", "dismissed", "confirmed"]);
    expect(server.requests.map((r) => r.body.version)).toEqual([0, 0, 1]);
    expect(store.unsavedCount()).toBe(0);
  });

  it("shows a failed save and retries it with growing waits until it lands", async () => {
    const server = fakeServer();
    server.answers.push("offline", 503, "offline");
    const store = new ReviewStore("c", [], { fetch: server.fetch, retryDelaysMs: [1000, 2000, 4000] });
    store.setStatus(d1, "confirmed");
    await settle();
    expect(store.entry(d1.key)?.save).toEqual({ kind: "retrying", attempt: 1, message: "The server could not be reached." });
    await vi.advanceTimersByTimeAsync(999);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.requests).toHaveLength(2);
    expect(store.entry(d1.key)?.save).toMatchObject({ kind: "retrying", attempt: 2, message: "refused 503" });
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.entry(d1.key)?.save).toMatchObject({ kind: "retrying", attempt: 3 });
    // A change made while retrying is not lost: the retry carries it.
    store.setNote(d1, "still here");
    await vi.advanceTimersByTimeAsync(800);
    expect(server.requests.at(-1)?.body).toMatchObject({ status: "confirmed", note: "still here" });
    expect(store.entry(d1.key)?.save.kind).toBe("saved");
    expect(store.unsavedCount()).toBe(0);
  });

  it("does not retry what the server refuses, keeps it unsaved, and retries on request", async () => {
    const server = fakeServer();
    server.answers.push(404);
    const store = new ReviewStore("c", [], { fetch: server.fetch });
    store.setStatus(d1, "dismissed");
    await settle();
    expect(store.entry(d1.key)?.save).toEqual({ kind: "failed", message: "refused 404" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.requests).toHaveLength(1);
    expect(store.unsavedCount()).toBe(1);
    store.retryAll();
    await settle();
    expect(store.entry(d1.key)?.save.kind).toBe("saved");
  });

  it("settle() sends pending notes and waits for them", async () => {
    const server = fakeServer();
    const store = new ReviewStore("c", [], { fetch: server.fetch });
    store.setNote(d1, "typed just now");
    const settled = store.settle();
    await settle();
    await expect(settled).resolves.toBe(true);
    expect(server.requests.map((r) => r.body.note)).toEqual(["typed just now"]);
  });

  it("takes newer reviews from the server, but never over unsaved changes", async () => {
    const server = fakeServer();
    server.answers.push("offline");
    const store = new ReviewStore("c", [review(d1.key, "confirmed", 1), review(d2.key, "confirmed", 1)], { fetch: server.fetch });
    store.setStatus(d2, "dismissed");
    await settle();
    store.merge([review(d1.key, "dismissed", 5), review(d2.key, "confirmed", 5), review("x", "confirmed", 5)]);
    expect(store.statusOf(d1.key)).toBe("dismissed");
    expect(store.statusOf(d2.key)).toBe("dismissed");
    expect(store.statusOf("x")).toBe("confirmed");
    store.merge([review(d1.key, "confirmed", 2)]);
    expect(store.statusOf(d1.key)).toBe("dismissed");
  });

  it("on a conflict keeps the draft beside theirs, sends nothing more, and saves mine on their version when asked", async () => {
    const server = fakeServer();
    const store = new ReviewStore("c", [review(d1.key, "confirmed", 1, "first")], { fetch: server.fetch });
    server.answers.push(review(d1.key, "dismissed", 2, "theirs", "Bo"));
    store.setNote(d1, "mine");
    store.flush(d1.key);
    await settle();
    expect(store.entry(d1.key)).toMatchObject({ note: "mine", save: { kind: "conflict", message: "Bo changed this review.", theirs: { note: "theirs", version: 2 } } });
    expect(store.unsavedCount()).toBe(1);
    store.setNote(d1, "mine, edited");
    store.retryAll();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(server.requests).toHaveLength(1);

    store.resolveConflict(d1.key, { keep: "mine" });
    await settle();
    expect(server.requests.at(-1)?.body).toEqual({ status: "confirmed", note: "mine, edited", version: 2 });
    expect(store.entry(d1.key)).toMatchObject({ note: "mine, edited", version: 3, save: { kind: "saved" } });
  });

  it("settles a conflict with their review, or with a merged note", async () => {
    const server = fakeServer();
    const store = new ReviewStore("c", [], { fetch: server.fetch });
    server.answers.push(review(d1.key, "dismissed", 4, "theirs", "Bo"), review(d2.key, "dismissed", 7, "their note", "Bo"));
    store.setStatus(d1, "confirmed");
    store.setStatus(d2, "confirmed");
    await settle();
    store.resolveConflict(d1.key, { keep: "theirs" });
    expect(store.entry(d1.key)).toMatchObject({ status: "dismissed", note: "theirs", version: 4, save: { kind: "saved" } });
    store.resolveConflict(d2.key, { keep: "merged", note: "their note\n\nmy note" });
    await settle();
    expect(server.requests.at(-1)?.body).toEqual({ status: "confirmed", note: "their note\n\nmy note", version: 7 });
    expect(store.unsavedCount()).toBe(0);
  });

  it("holds the status filter and tells subscribers", () => {
    const store = new ReviewStore("c", []);
    const listener = vi.fn();
    store.subscribe(listener);
    store.setStatusFilter(["open"]);
    expect([...store.statusFilter]).toEqual(["open"]);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
