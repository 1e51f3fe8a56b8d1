import { errorResponse, readJsonBody } from "@/lib/intake";
import { saveReview } from "@/lib/reviews";
import { reviewSchema } from "@/lib/validations/review";

export const runtime = "nodejs";

/** A 10,000-character note is at most ~60 kB of JSON; anything far bigger is not a review. */
const MAX_BODY_BYTES = 256 * 1024;

const MISSING = {
  comparison: "There is no comparison with this id.",
  discrepancy: "This comparison has no discrepancy with this id; reload the page to see the current report.",
} as const;

/**
 * Sets one discrepancy's review: `{ status, note?, reviewer? }` → 200 with the stored review. The
 * id in the URL is the report's `d…` id; the review is stored under the discrepancy's stable key.
 */
export async function PUT(
  request: Request,
  ctx: { params: Promise<{ id: string; discrepancyId: string }> },
) {
  const { id, discrepancyId } = await ctx.params;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return Response.json({ error: "The review is too large to save; keep the note under 10,000 characters." }, { status: 413 });
  }
  try {
    const body = await readJsonBody(request, reviewSchema);
    const result = await saveReview(id, discrepancyId, body);
    if (!result.ok) return Response.json({ error: MISSING[result.missing] }, { status: 404 });
    return Response.json(result.review, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return errorResponse(err, "saving the review");
  }
}
