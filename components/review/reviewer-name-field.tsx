"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { MAX_REVIEWER_CHARS } from "@/lib/validations/review";
import { useReviewerName } from "./use-reviewer-name";

/**
 * Asks the fact-checker's name once (it is kept in this browser) and shows it after, with a way to
 * change it. Reviews saved without a name are still saved; they just don't say who made them.
 */
export function ReviewerNameField() {
  const [name, setName] = useReviewerName();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState("");

  if (name && !editing) {
    return (
      <p className="text-sm text-zinc-700">
        Reviewing as <span className="font-medium text-zinc-900" data-reviewer-name>{name}</span>{" "}
        <button
          type="button"
          onClick={() => {
            setDraft(name);
            setEditing(true);
          }}
          className="text-blue-800 underline underline-offset-2"
        >
          Change
        </button>
      </p>
    );
  }

  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!draft.trim()) return;
        setName(draft);
        setEditing(false);
      }}
    >
      <div className="min-w-0 max-w-xs flex-1">
        <label htmlFor="reviewer-name" className="block text-sm font-medium text-zinc-900">
          Your name <span className="font-normal text-zinc-700">(saved with your reviews)</span>
        </label>
        <input
          id="reviewer-name"
          autoComplete="name"
          maxLength={MAX_REVIEWER_CHARS}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          className="mt-1 block w-full rounded-md border border-zinc-400 bg-white px-2 py-1 text-sm text-zinc-900"
        />
      </div>
      <Button type="submit" size="sm" variant="secondary">
        Save name
      </Button>
      {editing && (
        <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      )}
    </form>
  );
}
