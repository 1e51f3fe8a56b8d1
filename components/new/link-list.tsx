"use client";

import { Button } from "@/components/ui/button";
import { FieldError, Label, TextInput } from "@/components/ui/field";
import type { LinkBox } from "./drafts";
import { sourceErrorId } from "./file-list";

/** Web addresses to compare: the server fetches each page and reads it like an uploaded one. */
export function LinkList({
  links,
  errors,
  onChange,
  onRemove,
  disabled,
}: {
  links: LinkBox[];
  errors: Record<string, string>;
  onChange: (link: LinkBox) => void;
  onRemove: (key: string) => void;
  disabled: boolean;
}) {
  return (
    <ul className="flex flex-col gap-3" aria-label="Links">
      {links.map((link, i) => {
        const error = errors[link.key] || undefined;
        return (
          <li key={link.key} className="flex flex-wrap items-end gap-3">
            <div className="min-w-64 flex-1">
              <Label htmlFor={`${link.key}-url`}>Link {i + 1}</Label>
              <TextInput
                id={`${link.key}-url`}
                type="url"
                inputMode="url"
                className="mt-1"
                placeholder="https://…"
                value={link.url}
                aria-invalid={!!error}
                aria-describedby={error ? sourceErrorId(link.key) : undefined}
                onChange={(e) => onChange({ ...link, url: e.target.value })}
              />
              <FieldError id={sourceErrorId(link.key)}>{error}</FieldError>
            </div>
            <Button size="sm" variant="ghost" className="mb-1" disabled={disabled} onClick={() => onRemove(link.key)} aria-label={`Remove link ${i + 1}`}>
              Remove
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
