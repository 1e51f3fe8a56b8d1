"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { postJson } from "@/components/auth/post-json";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FieldError, Label, TextInput } from "@/components/ui/field";
import { MAX_TITLE_CHARS } from "@/lib/validations/limits";

type Open = "rename" | "delete" | null;

/**
 * Rename and delete, for editors (the server checks the role again). Deleting asks first and says
 * what goes with the comparison: it is gone for everyone, reviews and history included.
 */
export function ComparisonActions({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  function close() {
    setOpen(null);
    setError("");
  }

  async function send(method: "PATCH" | "DELETE", body?: unknown) {
    setBusy(true);
    setError("");
    const result = method === "PATCH" ? await postJson(`/api/comparisons/${encodeURIComponent(id)}`, body, "PATCH") : await remove(id);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    close();
    router.refresh();
  }

  function rename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send("PATCH", { title: new FormData(event.currentTarget).get("title") });
  }

  return (
    // Above the row's link, which covers the row.
    <span className="relative z-10 flex gap-1">
      <Button size="sm" variant="ghost" onClick={() => setOpen("rename")} aria-label={`Rename “${title}”`}>
        Rename
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setOpen("delete")} aria-label={`Delete “${title}”`}>
        Delete
      </Button>
      {/* Mounted only while open: the dialog's heading id must be unique on a page of many rows. */}
      {open === "rename" && (
        <Dialog open onClose={close} title="Rename the comparison">
          <form onSubmit={rename} className="space-y-3" noValidate>
            <div>
              <Label htmlFor={`rename-${id}`}>Title</Label>
              <TextInput id={`rename-${id}`} name="title" defaultValue={title} maxLength={MAX_TITLE_CHARS} required aria-describedby={`rename-error-${id}`} />
              <FieldError id={`rename-error-${id}`}>{error}</FieldError>
            </div>
            <div className="flex justify-end gap-2">
              <Button onClick={close}>Cancel</Button>
              <Button type="submit" variant="primary" disabled={busy}>
                Save title
              </Button>
            </div>
          </form>
        </Dialog>
      )}
      {open === "delete" && (
        <Dialog open onClose={close} title="Delete the comparison?">
          <p className="text-sm text-zinc-800">
            “{title}” will be deleted for everyone: its sources, its report, and every review and review history on it. This cannot be undone.
          </p>
          <FieldError id={`delete-error-${id}`}>{error}</FieldError>
          <div className="mt-4 flex justify-end gap-2">
            <Button onClick={close}>Keep it</Button>
            <Button variant="danger" disabled={busy} onClick={() => void send("DELETE")}>
              Delete for everyone
            </Button>
          </div>
        </Dialog>
      )}
    </span>
  );
}

async function remove(id: string): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    const response = await fetch(`/api/comparisons/${encodeURIComponent(id)}`, { method: "DELETE" });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    return { ok: false, error: body?.error ?? `The server refused (${response.status}).` };
  } catch {
    return { ok: false, error: "The server could not be reached; check the connection and try again." };
  }
}
