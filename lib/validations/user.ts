import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

/** Client-safe: the first-start form and the users page check with the same rules. */
export const MIN_PASSWORD_CHARS = 8;
export const MAX_PASSWORD_CHARS = 128;

const email = z
  .string({ error: "The email address must be text." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "The email address is not valid." }));
const name = z
  .string({ error: "The name must be text." })
  .trim()
  .min(1, { error: "Give the person's name: it signs their reviews." })
  .max(100, { error: "The name is longer than 100 characters." });
const password = z
  .string({ error: "The password must be text." })
  .min(MIN_PASSWORD_CHARS, { error: `The password must have at least ${MIN_PASSWORD_CHARS} characters.` })
  .max(MAX_PASSWORD_CHARS, { error: `The password is longer than ${MAX_PASSWORD_CHARS} characters.` });
const role = z.enum(ROLES, { error: 'The role must be "viewer", "reviewer", "editor" or "admin".' });

/** `POST /api/users` (admin). */
export const newUserSchema = z.object(
  { email, name, password, role },
  { error: 'Send a JSON object like { "email": "…", "name": "…", "role": "reviewer", "password": "…" }.' },
);
export type NewUser = z.infer<typeof newUserSchema>;

/** `POST /api/setup`: the first account, always an admin. */
export const firstAdminSchema = z.object(
  { email, name, password },
  { error: 'Send a JSON object like { "email": "…", "name": "…", "password": "…" }.' },
);

/** `PATCH /api/users/<id>` (admin). */
export const roleChangeSchema = z.object({ role }, { error: 'Send a JSON object like { "role": "editor" }.' });

/** `POST /api/tokens`: an optional label saying what the token is for. */
export const newTokenSchema = z.object(
  { name: z.string({ error: "The token's name must be text." }).trim().max(100, { error: "The token's name is longer than 100 characters." }).optional() },
  { error: 'Send nothing, or a JSON object like { "name": "nightly import" }.' },
);
