import { authorize } from "@/lib/auth/access";
import { rateLimited } from "@/lib/rate-limit";
import { getComparison } from "@/lib/comparisons";
import { ChromiumUnavailableError, contentDisposition, renderExport } from "@/lib/export";
import { readExportQuery } from "@/lib/export/query";
import { errorResponse, logServerError } from "@/lib/intake";
import { firstIssue } from "@/lib/validations/comparison";

export const runtime = "nodejs";

/**
 * `GET ?format=csv|json|md|html|pdf&scope=all|substantive|confirmed` → the report and its reviews
 * as a download named after the title and today's date. Never cached: reviews change.
 */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  const actor = await authorize(request, "viewer");
  if (actor instanceof Response) return actor;
  const limited = rateLimited(request, "export");
  if (limited) return limited;
  const { id } = await ctx.params;
  const query = readExportQuery(new URL(request.url));
  if (!query.success) return Response.json({ error: firstIssue(query.error).message }, { status: 400 });
  const { format, scope } = query.data;
  try {
    const stored = await getComparison(id);
    if (!stored) return Response.json({ error: "There is no comparison with this id." }, { status: 404 });
    const now = new Date();
    const { comparison, report, reviews } = stored;
    const rendered = await renderExport(format, {
      comparison: { id: comparison.id, title: comparison.title, createdAt: comparison.createdAt },
      report,
      reviews,
      scope,
      exportedAt: now.toISOString(),
    });
    const body = typeof rendered.body === "string" ? new TextEncoder().encode(rendered.body) : rendered.body;
    return new Response(body as Uint8Array<ArrayBuffer>, {
      headers: {
        "Content-Type": rendered.contentType,
        "Content-Disposition": contentDisposition(comparison.title, now, rendered.extension),
        "Content-Length": String(body.byteLength),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (err) {
    if (err instanceof ChromiumUnavailableError) {
      logServerError("printing a PDF export", err);
      return Response.json({ error: err.message }, { status: 503, headers: { "Retry-After": "60" } });
    }
    return errorResponse(err, `exporting the comparison as ${format.toUpperCase()}`);
  }
}
