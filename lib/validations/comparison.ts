import { z } from "zod";
import { MAX_SOURCES, MAX_TEXT_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS, MIN_SOURCES } from "./limits";
import { messages } from "./messages";
import { cleanName, nameTooLong } from "./source-names";

/** Every message here is a sentence an editor can act on: the API returns it as `error` unchanged. */

// Titles and names go through the same rule as file names (controls and bidi overrides out).
const title = z
  .string({ error: "The title must be text." })
  .transform(cleanName)
  .pipe(z.string().max(MAX_TITLE_CHARS, { error: `The title is longer than ${MAX_TITLE_CHARS} characters.` }))
  .optional()
  .default("");

/** A name as given, cleaned; "" stays "" (a pasted box's name is optional). */
const cleanedName = z
  .string({ error: "Every source needs a name." })
  .transform(cleanName)
  .refine((name) => !nameTooLong(name), { error: (issue) => nameTooLong(String(issue.input)) });

const sourceName = cleanedName.refine((name) => name.length > 0, { error: "Every source needs a name." });

const sourceText = z
  .string({ error: "A source's text must be a string." })
  .max(MAX_TEXT_CHARS, { error: `A source is longer than ${MAX_TEXT_CHARS.toLocaleString("en")} characters.` });

const sourceCount = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: "Send the sources as a list." })
    .min(MIN_SOURCES, {
      error: (issue) => messages.tooFew((issue.input as unknown[]).length),
    })
    .max(MAX_SOURCES, {
      error: (issue) => messages.tooMany((issue.input as unknown[]).length),
    });

/** A web address as given; lib/fetch-source.ts judges it (scheme, host, address) and says why it refuses. */
const sourceUrl = z
  .string({ error: "A source's url must be text." })
  .trim()
  .min(1, { error: "A source's url is empty." })
  .max(MAX_URL_CHARS, { error: `A source's url is longer than ${MAX_URL_CHARS} characters.` });

/** One source in a JSON body: `text` (plain or Markdown), `html` or a `url` to fetch, one of them. A url's name defaults to host and title. */
export const jsonSourceSchema = z
  .object({ name: sourceName.optional(), text: sourceText.optional(), html: sourceText.optional(), url: sourceUrl.optional() })
  .refine((s) => [s.text, s.html, s.url].filter((v) => v !== undefined).length === 1, {
    error: "Each source needs either text, html or url (one of them).",
  })
  .refine((s) => s.name !== undefined || s.url !== undefined, { error: "Every source needs a name.", path: ["name"] });

/** `POST /api/comparisons` with `Content-Type: application/json`. */
export const createComparisonJsonSchema = z.object(
  { title, sources: sourceCount(jsonSourceSchema) },
  { error: 'Send a JSON object like { "title": "…", "sources": [ { "name": "…", "text": "…" } ] }.' },
);

/** A box pasted on the form: multipart fields pasteName / pasteText / pasteFormat, in step. */
export const pastedSourceSchema = z.object({
  name: cleanedName,
  text: sourceText,
  format: z.enum(["text", "html"], { error: 'pasteFormat must be "text" or "html".' }),
});

/**
 * `POST /api/comparisons` as multipart/form-data: `title`, any number of `files`, and pasted boxes.
 * Counts are checked after files and boxes are put together (lib/intake.ts), not per field.
 */
export const createComparisonFormSchema = z.object({
  title,
  files: z.array(z.instanceof(File, { error: "The files field must hold files, not text." })),
  urls: z.array(sourceUrl),
  pasted: z.array(pastedSourceSchema),
});

/** `POST /api/comparisons/<id>/rerun`: another primary source and/or removed blocks to put back. */
export const rerunSchema = z
  .object(
    {
      primary: z.string().trim().min(1, { error: "Name the primary source." }).optional(),
      restore: z
        .array(z.string().regex(/^s\d+-r\d+$/, { error: 'Removed blocks are named like "s2-r3".' }))
        .max(1000, { error: "At most 1,000 removed blocks can be put back at once." })
        .optional(),
    },
    { error: 'Send a JSON object like { "primary": "s2" } or { "restore": ["s2-r3"] }.' },
  )
  .strict();

export type CreateComparisonJson = z.infer<typeof createComparisonJsonSchema>;
export type RerunRequest = z.infer<typeof rerunSchema>;

/** The first problem zod found, as the sentence to show. Our schemas set every message. */
export function firstIssue(error: z.ZodError): { message: string; path: PropertyKey[] } {
  const issue = error.issues[0];
  return { message: issue?.message ?? "The request is not valid.", path: issue?.path ?? [] };
}

/** What a re-run request is checked against: the comparison's current report. */
export interface RerunTarget {
  sources: Array<{ id: string; name: string; removed: Array<{ id: string }> }>;
}

/**
 * A re-run may only name what the report holds: a primary that is one of its sources, and removed
 * blocks that exist (or were already put back). Anything else is refused before the engine runs, so
 * nothing invented is stored with the report. Returns the sentence to answer with, or undefined.
 */
export function rerunProblem(request: RerunRequest, target: RerunTarget, stored: { restore?: string[] } = {}): string | undefined {
  const { primary, restore = [] } = request;
  if (primary && !target.sources.some((s) => s.id === primary || s.name === primary)) {
    return `The primary source "${primary.slice(0, 200)}" is not one of the sources.`;
  }
  const known = new Set([...target.sources.flatMap((s) => s.removed.map((r) => r.id)), ...(stored.restore ?? [])]);
  const unknown = restore.filter((id) => !known.has(id));
  if (unknown.length === 1) return `There is no removed block "${unknown[0]}" in this comparison.`;
  if (unknown.length > 1) return `${unknown.length} of the blocks to put back are not in this comparison (the first is "${unknown[0]}").`;
  return undefined;
}

/** Stored options + a rerun request: a new primary replaces the old, restored blocks accumulate. */
export function mergeRerunOptions(
  stored: { primary?: string; restore?: string[] },
  request: RerunRequest,
): { primary?: string; restore?: string[] } {
  const restore = [...new Set([...(stored.restore ?? []), ...(request.restore ?? [])])];
  const primary = request.primary ?? stored.primary;
  return { ...stored, ...(primary ? { primary } : {}), ...(restore.length ? { restore } : {}) };
}

/** `PATCH /api/comparisons/<id>`: a new title, under the same rule as a title given at creation. */
export const renameSchema = z.object(
  {
    title: z
      .string({ error: "The title must be text." })
      .transform(cleanName)
      .pipe(
        z
          .string()
          .min(1, { error: "The title cannot be empty." })
          .max(MAX_TITLE_CHARS, { error: `The title is longer than ${MAX_TITLE_CHARS} characters.` }),
      ),
  },
  { error: 'Send a JSON object like { "title": "…" }.' },
);

/** `GET /api/comparisons?q=…&page=…` and the home page: a search and a page number. */
export const listQuerySchema = z.object({
  q: z.string().max(200, { error: "The search is longer than 200 characters." }).optional().default(""),
  page: z.coerce
    .number({ error: "The page must be a whole number from 1." })
    .int({ error: "The page must be a whole number from 1." })
    .min(1, { error: "The page must be a whole number from 1." })
    .optional()
    .default(1),
});
