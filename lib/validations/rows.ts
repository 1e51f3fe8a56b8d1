import { z } from "zod";
import { MAX_ROWS_PER_REQUEST } from "@/lib/report-view";

/**
 * `GET /api/comparisons/<id>/rows?from=0&to=40&sources=s1,s3`: a page of the alignment rows with
 * the paragraphs of the listed sources. Every message is a sentence the API returns as `error`.
 */
export const rowsQuerySchema = z
  .object({
    from: z.coerce
      .number({ error: "from must be a row number (0 or more)." })
      .int({ error: "from must be a whole row number." })
      .min(0, { error: "from must be 0 or more." }),
    to: z.coerce.number({ error: "to must be a row number." }).int({ error: "to must be a whole row number." }),
    sources: z
      .string()
      .default("")
      .transform((s) => s.split(",").map((id) => id.trim()).filter(Boolean))
      .refine((ids) => ids.length <= 100 && ids.every((id) => /^s\d{1,3}$/.test(id)), {
        error: 'sources must be source ids separated by commas, like "s1,s3".',
      }),
  })
  .refine((q) => q.to > q.from, { error: "to must be greater than from." })
  .refine((q) => q.to - q.from <= MAX_ROWS_PER_REQUEST, {
    error: `Ask for at most ${MAX_ROWS_PER_REQUEST} rows at a time.`,
  });

export type RowsQuery = z.infer<typeof rowsQuerySchema>;
