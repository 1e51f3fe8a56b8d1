import { authorize } from "@/lib/auth/access";
import { createComparison, listComparisons } from "@/lib/comparisons";
import { errorResponse, readCreateRequest } from "@/lib/intake";

export const runtime = "nodejs";

/** The saved comparisons, newest first. */
export async function GET(request: Request) {
  const actor = await authorize(request, "viewer");
  if (actor instanceof Response) return actor;
  try {
    return Response.json(await listComparisons());
  } catch (err) {
    return errorResponse(err, "listing the comparisons");
  }
}

/** Multipart (files, pasted boxes) or JSON → engine → stored in one transaction → 201 with its URL. */
export async function POST(request: Request) {
  const actor = await authorize(request, "editor");
  if (actor instanceof Response) return actor;
  try {
    const { title, sources } = await readCreateRequest(request);
    const { id } = await createComparison(title, sources);
    return Response.json({ id, url: `/comparisons/${id}` }, { status: 201, headers: { Location: `/comparisons/${id}` } });
  } catch (err) {
    return errorResponse(err, "saving the comparison");
  }
}
