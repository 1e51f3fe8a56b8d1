/**
 * Groups the hunks of several sources' diffs against the primary: hunks about the same words of
 * the primary become one discrepancy. Also answers, per group, which other groups share its words
 * (to know which sources rewrote them inside a larger change, and where a summary may not widen).
 */
import { appendTo } from "./collections";
import type { Hunk, WordDiff } from "./diff";

/** One source's hunk: `source` indexes the non-primary rows. */
export interface Member {
  source: number;
  hunk: Hunk;
}

/** A base range [from, to) that collects the hunks of several sources about the same words. */
export interface Group {
  from: number;
  to: number;
  members: Member[];
  /** Sizes (in tokens, the larger side) of the smallest and largest member hunk. */
  smallest: number;
  largest: number;
}

/** Hunks merge only if their sizes are within this ratio (plus slack tokens) of each other. */
export const MERGE_SIZE_RATIO = 3;
export const MERGE_SIZE_SLACK = 3;

export const hunkSize = (h: Hunk) => Math.max(h.base.to - h.base.from, h.other.to - h.other.from);

/** Whether a hunk covers the same words of the primary as a group. */
function overlaps(group: { from: number; to: number }, hunk: Hunk): boolean {
  const { from, to } = hunk.base;
  if (from === to) return (group.from < from && from < group.to) || (group.from === group.to && group.from === from);
  if (group.from === group.to) return from < group.from && group.from < to;
  return from < group.to && group.from < to;
}

/**
 * Merges hunks that cover the same words of the primary: overlapping ranges, insertions at one
 * point, and insertions strictly inside a range. Changes that merely touch stay apart ("Friday" →
 * "Thursday" in one source, "Friday evening" in another are two things), and so do changes of very
 * different sizes: a source that rewrote the whole sentence must not swallow another source's
 * one-word change into a single discrepancy.
 */
export function groupHunks(diffs: WordDiff[]): Group[] {
  // Loops, not closures: keepNames transpilers (tsx runs the benchmarks so) name each closure
  // made, and every row of every unit is grouped.
  const members: Member[] = [];
  for (let source = 0; source < diffs.length; source++) for (const hunk of diffs[source].hunks) members.push({ source, hunk });
  members.sort(byBaseRange);
  const groups: Group[] = [];
  // Groups a later hunk (starting at or after this one) could still overlap.
  const open: Group[] = [];
  for (const member of members) {
    const size = hunkSize(member.hunk);
    // Those ending before this hunk starts are closed (in place, keeping the order).
    let kept = 0;
    for (const g of open) if (g.to >= member.hunk.base.from) open[kept++] = g;
    if (kept < open.length) open.length = kept;
    let group: Group | undefined;
    for (const g of open) {
      if (overlaps(g, member.hunk) && Math.max(size, g.largest) <= MERGE_SIZE_RATIO * Math.min(size, g.smallest) + MERGE_SIZE_SLACK) {
        group = g;
        break;
      }
    }
    if (group) {
      group.from = Math.min(group.from, member.hunk.base.from);
      group.to = Math.max(group.to, member.hunk.base.to);
      group.members.push(member);
      group.smallest = Math.min(group.smallest, size);
      group.largest = Math.max(group.largest, size);
    } else {
      const created = { from: member.hunk.base.from, to: member.hunk.base.to, members: [member], smallest: size, largest: size };
      groups.push(created);
      open.push(created);
    }
  }
  return absorbEdgeInsertions(groups.sort(byRange));
}

const byBaseRange = (x: Member, y: Member) => x.hunk.base.from - y.hunk.base.from || x.hunk.base.to - y.hunk.base.to;
const byRange = (x: Group, y: Group) => x.from - y.from || x.to - y.to;

/** Whether an insertion at a group's edge joins that group (see absorbEdgeInsertions). */
function canHost(host: Group | undefined, insertion: Group): host is Group {
  if (!host || host.from === host.to || (host.to !== insertion.from && host.from !== insertion.from)) return false;
  const hostSources = new Set(host.members.map((m) => m.source));
  return hostSources.size >= 2 && insertion.members.every((m) => hostSources.has(m.source));
}

/**
 * Words a source inserts right at the edge of a change that several sources made, when that source
 * is one of them, belong to that change: "very constructive" → "constructive and businesslike" is
 * one rewording in which another source says "substantive and businesslike".
 */
function absorbEdgeInsertions(groups: Group[]): Group[] {
  const kept: Group[] = [];
  groups.forEach((group, i) => {
    if (group.from !== group.to) {
      kept.push(group);
      return;
    }
    // Groups are sorted by start, then end: the one ending here was kept last, one starting here follows.
    let next = i + 1;
    while (next < groups.length && groups[next].from === group.from && groups[next].to === group.from) next++;
    const host = [kept[kept.length - 1], groups[next]].find((g) => canHost(g, group));
    if (host) host.members.push(...group.members);
    else kept.push(group);
  });
  return kept;
}

/** Which groups cover each primary token, and which insert at each position. */
export interface Coverage {
  covering: Map<number, Group[]>;
  inserting: Map<number, Group[]>;
}

export function coverageOf(groups: Group[]): Coverage {
  const covering = new Map<number, Group[]>();
  const inserting = new Map<number, Group[]>();
  for (const g of groups) {
    if (g.from === g.to) appendTo(inserting, g.from, g);
    for (let i = g.from; i < g.to; i++) appendTo(covering, i, g);
  }
  return { covering, inserting };
}

/** Other groups that share words (or an insertion point inside) with a group. */
export function neighboursOf(group: Group, coverage: Coverage): Set<Group> {
  const out = new Set<Group>();
  if (group.from === group.to) {
    // Groups containing the insertion point strictly.
    for (const g of coverage.covering.get(group.from) ?? []) if (g.from < group.from) out.add(g);
  } else {
    for (let i = group.from; i < group.to; i++) for (const g of coverage.covering.get(i) ?? []) out.add(g);
    for (let i = group.from + 1; i < group.to; i++) for (const g of coverage.inserting.get(i) ?? []) out.add(g);
  }
  out.delete(group);
  return out;
}


/**
 * Whether primary token i is disputed by another group — by a source that has something to say
 * about this group's words — or sits next to an insertion point: a summary must not widen over it.
 * (A source that rewrote the whole sentence does not stop "America" growing to "North America".)
 */
export function disputed(i: number, group: Group, coverage: Coverage, engulfed: Set<number>): boolean {
  const candidates = [...(coverage.covering.get(i) ?? []), ...(coverage.inserting.get(i) ?? []), ...(coverage.inserting.get(i + 1) ?? [])];
  return candidates.some((g) => g !== group && g.members.some((m) => !engulfed.has(m.source)));
}


/** Sources (by index into the non-primary rows) that rewrote a group's words inside a much larger change. */
export function engulfingSources(group: Group, neighbours: Set<Group>): Set<number> {
  const out = new Set<number>();
  // A group no other shares words with (most) is engulfed by nobody: its sources are not gathered.
  if (!neighbours.size) return out;
  const own = new Set<number>();
  for (const m of group.members) own.add(m.source);
  for (const g of neighbours) {
    for (const m of g.members) if (!own.has(m.source) && hunkSize(m.hunk) > group.largest) out.add(m.source);
  }
  return out;
}
