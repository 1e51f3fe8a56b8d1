import type { Severity } from "@/lib/engine/types";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/validations/review";
import type { ExportModel } from "./model";
import { SCOPE_LABELS, SEVERITIES, STATUSES } from "./model";

/** Words the readable formats (Markdown, HTML, PDF) share, so they say the same thing. */

export const SEVERITY_LABELS: Record<Severity, string> = { substantive: "Substantive", minor: "Minor", cosmetic: "Cosmetic" };
export const STATUS_LABELS = REVIEW_STATUS_LABELS;

/** "21 November 2026, 19:56 UTC": the server's time zone is nobody's, so say UTC. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(date);
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" }).format(date);
  return `${day}, ${time} UTC`;
}

/** "All discrepancies (31 of 31)". */
export function scopeLine(model: ExportModel): string {
  return `${SCOPE_LABELS[model.scope]} (${model.items.length} of ${model.total})`;
}

export function severityCounts(model: ExportModel): Array<[string, number]> {
  return SEVERITIES.map((s) => [SEVERITY_LABELS[s], model.counts.severity[s]]);
}

export function statusCounts(model: ExportModel): Array<[string, number]> {
  return STATUSES.map((s) => [STATUS_LABELS[s], model.counts.status[s]]);
}

/** "Confirmed by Ana Ruiz on 21 November 2026, 10:00 UTC" / "Open": who signed the judgement, and when. */
export function statusLine(status: ReviewStatus, review: { reviewer: string; updatedAt: string } | undefined): string {
  if (!review?.reviewer || status === "open") return STATUS_LABELS[status];
  return `${STATUS_LABELS[status]} by ${review.reviewer} on ${formatDateTime(review.updatedAt)}`;
}

/** Bold and <mark> can't start or end on a space; keep the spaces outside the highlight. */
export function splitEdgeSpaces(text: string): { lead: string; inner: string; trail: string } {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  return { lead: match?.[1] ?? "", inner: match?.[2] ?? text, trail: match?.[3] ?? "" };
}
