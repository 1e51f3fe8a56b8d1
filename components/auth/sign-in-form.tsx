"use client";

import { useState, type FormEvent } from "react";
import { Label, TextInput } from "@/components/ui/field";
import { FormSubmit } from "./form-submit";
import { postJson } from "./post-json";

/**
 * Email and password → better-auth's sign-in endpoint, which sets the session cookie; then a full
 * navigation to where the person was going, so every server component reads the new session.
 */
export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError("");
    const result = await postJson("/api/auth/sign-in/email", { email: form.get("email"), password: form.get("password") });
    if (result.ok) {
      window.location.assign(next);
      return;
    }
    setBusy(false);
    setError(/invalid email or password/i.test(result.error) ? "The email or password is wrong." : result.error);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div>
        <Label htmlFor="email">Email</Label>
        <TextInput id="email" name="email" type="email" autoComplete="username" required aria-describedby="sign-in-error" />
      </div>
      <div>
        <Label htmlFor="password">Password</Label>
        <TextInput id="password" name="password" type="password" autoComplete="current-password" required aria-describedby="sign-in-error" />
      </div>
      <FormSubmit errorId="sign-in-error" error={error} busy={busy} label="Sign in" busyLabel="Signing in…" />
    </form>
  );
}
