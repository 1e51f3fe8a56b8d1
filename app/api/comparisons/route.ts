import { rateLimited } from "@/lib/rate-limit";
import { createComparison, listComparisons } from "@/lib/comparisons";
import { errorResponse, readCreateRequest } from "@/lib/intake";

export const runtime = "nodejs";

/** The saved comparisons, newest first. */
export async function GET() {
  try {
    return Response.json(await listComparisons());
  } catch (err) {
    return errorResponse(err, "listing the comparisons");
  }
}

/** Multipart (files, pasted boxes) or JSON → engine → stored in one transaction → 201 with its URL. */
export async function POST(request: Request) {
  const limited = rateLimited(request, "upload");
  if (limited) return limited;
  try {
    const { title, sources } = await readCreateRequest(request);
    const { id } = await createComparison(title, sources);
    return Response.json({ id, url: `/comparisons/${id}` }, { status: 201, headers: { Location: `/comparisons/${id}` } });
  } catch (err) {
    return errorResponse(err, "saving the comparison");
  }
}
