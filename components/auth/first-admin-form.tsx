"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Label, TextInput } from "@/components/ui/field";
import { MIN_PASSWORD_CHARS } from "@/lib/validations/user";
import { FormSubmit } from "./form-submit";
import { postJson } from "./post-json";

/** First start: the admin account, then straight into the app signed in as it. */
export function FirstAdminForm() {
  const router = useRouter();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const account = { name: form.get("name"), email: form.get("email"), password: form.get("password") };
    setBusy(true);
    setError("");
    const created = await postJson("/api/setup", account);
    const signedIn = created.ok ? await postJson("/api/auth/sign-in/email", { email: account.email, password: account.password }) : created;
    if (signedIn.ok) {
      router.replace("/");
      router.refresh();
      return;
    }
    setBusy(false);
    setError(signedIn.error);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div>
        <Label htmlFor="name">Your name</Label>
        <TextInput id="name" name="name" autoComplete="name" required aria-describedby="setup-error" />
      </div>
      <div>
        <Label htmlFor="email">Email</Label>
        <TextInput id="email" name="email" type="email" autoComplete="username" required aria-describedby="setup-error" />
      </div>
      <div>
        <Label htmlFor="password">Password (at least {MIN_PASSWORD_CHARS} characters)</Label>
        <TextInput id="password" name="password" type="password" autoComplete="new-password" minLength={MIN_PASSWORD_CHARS} required aria-describedby="setup-error" />
      </div>
      <FormSubmit errorId="setup-error" error={error} busy={busy} label="Create the admin account" busyLabel="Creating…" />
    </form>
  );
}
