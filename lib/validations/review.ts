import { z } from "zod";

/** Client-safe (no database import): the review controls check lengths with the same numbers. */
export const REVIEW_STATUSES = ["open", "confirmed", "dismissed"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A fact-checker's note can quote a paragraph or two of a source; past this it is a paste gone wrong. */
export const MAX_NOTE_CHARS = 10_000;
export const MAX_REVIEWER_CHARS = 100;

/**
 * `PUT /api/comparisons/<id>/discrepancies/<discrepancy id>/review`. `note` and `reviewer` are
 * optional: left out, the stored ones stay (a status click does not wipe a note being typed).
 * Every message is a sentence the API returns as `error` unchanged.
 */
export const reviewSchema = z
  .object(
    {
      status: z.enum(REVIEW_STATUSES, { error: 'The status must be "open", "confirmed" or "dismissed".' }),
      note: z
        .string({ error: "The note must be text." })
        .max(MAX_NOTE_CHARS, { error: `The note is longer than ${MAX_NOTE_CHARS.toLocaleString("en")} characters.` })
        .optional(),
      reviewer: z
        .string({ error: "The reviewer's name must be text." })
        .trim()
        .max(MAX_REVIEWER_CHARS, { error: `The reviewer's name is longer than ${MAX_REVIEWER_CHARS} characters.` })
        .optional(),
    },
    { error: 'Send a JSON object like { "status": "confirmed", "note": "…", "reviewer": "…" }.' },
  );

export type ReviewRequest = z.infer<typeof reviewSchema>;
