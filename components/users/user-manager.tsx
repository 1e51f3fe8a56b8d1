"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormSubmit } from "@/components/auth/form-submit";
import { postJson } from "@/components/auth/post-json";
import { Label, Select, TextInput } from "@/components/ui/field";
import { ROLE_CAN, ROLES, type Role } from "@/lib/auth/roles";
import type { UserSummary } from "@/lib/auth/users";
import { MIN_PASSWORD_CHARS } from "@/lib/validations/user";

function RoleSelect({ id, value, onChange, name }: { id: string; value?: Role; name?: string; onChange?: (role: Role) => void }) {
  return (
    <Select id={id} name={name} value={value} defaultValue={value ? undefined : "reviewer"} onChange={(e) => onChange?.(e.target.value as Role)}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {role}: {ROLE_CAN[role]}
        </option>
      ))}
    </Select>
  );
}

/** The list of accounts with their roles (changed in place) and a form to add one. */
export function UserManager({ users }: { users: UserSummary[] }) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function changeRole(user: UserSummary, role: Role) {
    setError("");
    const result = await postJson(`/api/users/${user.id}`, { role }, "PATCH");
    if (!result.ok) setError(result.error);
    router.refresh();
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setBusy(true);
    setError("");
    const result = await postJson("/api/users", Object.fromEntries(form));
    setBusy(false);
    if (!result.ok) return setError(result.error);
    formElement.reset();
    router.refresh();
  }

  return (
    <div className="space-y-8">
      <ul aria-label="Accounts" className="divide-y divide-zinc-200 rounded-md border border-zinc-200 bg-white">
        {users.map((user) => (
          <li key={user.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <span>
              <span className="font-medium text-zinc-900">{user.name}</span> <span className="text-sm text-zinc-700">{user.email}</span>
            </span>
            <span className="flex items-center gap-2">
              <Label htmlFor={`role-${user.id}`} className="sr-only">
                Role of {user.name}
              </Label>
              <RoleSelect id={`role-${user.id}`} value={user.role} onChange={(role) => changeRole(user, role)} />
            </span>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="space-y-4 rounded-md border border-zinc-200 bg-white p-4" noValidate>
        <h2 className="font-semibold text-zinc-900">Add an account</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <Label htmlFor="new-name">Name</Label>
            <TextInput id="new-name" name="name" required />
          </div>
          <div>
            <Label htmlFor="new-email">Email</Label>
            <TextInput id="new-email" name="email" type="email" required />
          </div>
          <div>
            <Label htmlFor="new-password">Password (at least {MIN_PASSWORD_CHARS} characters)</Label>
            <TextInput id="new-password" name="password" type="password" autoComplete="new-password" required />
          </div>
          <div>
            <Label htmlFor="new-role">Role</Label>
            <RoleSelect id="new-role" name="role" />
          </div>
        </div>
        <FormSubmit errorId="users-error" error={error} busy={busy} label="Add account" busyLabel="Adding…" />
      </form>
    </div>
  );
}
