import { authorize } from "@/lib/auth/access";
import { errorResponse, readJsonBody } from "@/lib/intake";
import { saveReview } from "@/lib/reviews";
import { reviewSchema } from "@/lib/validations/review";

export const runtime = "nodejs";

/** A 10,000-character note is at most ~60 kB of JSON; anything far bigger is not a review. */
const MAX_BODY_BYTES = 256 * 1024;

const MISSING = {
  comparison: "There is no comparison with this id.",
  discrepancy: "This comparison has no discrepancy with this key; reload the page to see the current report.",
} as const;

/**
 * Sets one discrepancy's review: `{ status, note?, version }` → 200 with the stored review, signed by
 * whoever is asking. The URL names the discrepancy by its content key, which survives re-runs. A save
 * made on an older version gets 409 with the review as it now stands, and changes nothing.
 */
export async function PUT(request: Request, ctx: RouteContext<"/api/comparisons/[id]/discrepancies/[key]/review">) {
  const actor = await authorize(request, "reviewer");
  if (actor instanceof Response) return actor;
  const { id, key } = await ctx.params;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return Response.json({ error: "The review is too large to save; keep the note under 10,000 characters." }, { status: 413 });
  }
  try {
    const body = await readJsonBody(request, reviewSchema);
    const result = await saveReview(id, key, body, actor);
    if (result.ok) return Response.json(result.review, { headers: { "Cache-Control": "no-store" } });
    if ("missing" in result) return Response.json({ error: MISSING[result.missing] }, { status: 404 });
    const { conflict } = result;
    return Response.json(
      {
        error: `${conflict.reviewer || "Someone"} changed this review while you were on it (now version ${conflict.version}); nothing of yours was saved. Keep one of the two, or merge them.`,
        current: conflict,
      },
      { status: 409, headers: { "Cache-Control": "no-store" } },
    );
  } catch (err) {
    return errorResponse(err, "saving the review");
  }
}
