import { authorize } from "@/lib/auth/access";
import { rateLimited } from "@/lib/rate-limit";
import { createComparison, listComparisons } from "@/lib/comparisons";
import { errorResponse, readCreateRequest } from "@/lib/intake";
import { firstIssue, listQuerySchema } from "@/lib/validations/comparison";

/** Scripts get larger pages than people (the home page shows 20). */
const API_PAGE_SIZE = 100;

export const runtime = "nodejs";

/**
 * The saved comparisons, newest first, 100 a page: `?q=` searches titles, source names and text (best match first),
 * `?page=` pages. The body is the page's array; X-Total-Count and X-Page-Count say how many in all.
 */
export async function GET(request: Request) {
  const actor = await authorize(request, "viewer");
  if (actor instanceof Response) return actor;
  const query = listQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ error: firstIssue(query.error).message }, { status: 400 });
  try {
    const list = await listComparisons({ query: query.data.q, page: query.data.page, perPage: API_PAGE_SIZE });
    return Response.json(list.items, { headers: { "X-Total-Count": String(list.total), "X-Page-Count": String(list.pageCount) } });
  } catch (err) {
    return errorResponse(err, "listing the comparisons");
  }
}

/** Multipart (files, pasted boxes) or JSON → engine → stored in one transaction → 201 with its URL. */
export async function POST(request: Request) {
  const actor = await authorize(request, "editor");
  if (actor instanceof Response) return actor;
  const limited = rateLimited(request, "upload");
  if (limited) return limited;
  try {
    const { title, sources } = await readCreateRequest(request);
    const { id } = await createComparison(title, sources, {}, { id: actor.id, name: actor.name });
    return Response.json({ id, url: `/comparisons/${id}` }, { status: 201, headers: { Location: `/comparisons/${id}` } });
  } catch (err) {
    return errorResponse(err, "saving the comparison");
  }
}
