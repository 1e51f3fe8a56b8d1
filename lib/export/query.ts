import { z } from "zod";
import { EXPORT_FORMATS, EXPORT_SCOPES } from "./types";

/** `?format=csv|json|md|html|pdf&scope=all|substantive|confirmed` (scope defaults to all). */
export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: 'Choose a format: "csv", "json", "md", "html" or "pdf".' }),
  scope: z
    .enum(EXPORT_SCOPES, { error: 'The scope must be "all", "substantive" or "confirmed".' })
    .optional()
    .default("all"),
});

export function readExportQuery(url: URL) {
  return exportQuerySchema.safeParse({
    format: url.searchParams.get("format") ?? undefined,
    scope: url.searchParams.get("scope") || undefined,
  });
}
