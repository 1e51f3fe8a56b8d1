import { z } from "zod";

/** Client-safe (no database import): the review controls check lengths with the same numbers. */
export const REVIEW_STATUSES = ["open", "confirmed", "dismissed"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = { open: "Open", confirmed: "Confirmed", dismissed: "Dismissed" };

/** A fact-checker's note can quote a paragraph or two of a source; past this it is a paste gone wrong. */
export const MAX_NOTE_CHARS = 10_000;

/**
 * `PUT /api/comparisons/<id>/discrepancies/<key>/review`. `version` is the version of the review the
 * change was made on (0 when nobody had reviewed the discrepancy): a save based on an older one is
 * refused, never applied over someone else's. `note` left out keeps the stored note. The reviewer is
 * whoever is signed in, not something the request says. Every message is a sentence the API returns.
 */
export const reviewSchema = z.object(
  {
    status: z.enum(REVIEW_STATUSES, { error: 'The status must be "open", "confirmed" or "dismissed".' }),
    note: z
      .string({ error: "The note must be text." })
      .max(MAX_NOTE_CHARS, { error: `The note is longer than ${MAX_NOTE_CHARS.toLocaleString("en")} characters.` })
      .optional(),
    version: z
      .number({ error: "Send the version of the review you are changing (0 if nobody has reviewed it yet), as read from GET /api/comparisons/<id>." })
      .int({ error: "The version must be a whole number." })
      .min(0, { error: "The version must be a whole number." }),
  },
  { error: 'Send a JSON object like { "status": "confirmed", "note": "…", "version": 0 }.' },
);

export type ReviewRequest = z.infer<typeof reviewSchema>;
