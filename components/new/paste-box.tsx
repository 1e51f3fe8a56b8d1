"use client";

import { Button } from "@/components/ui/button";
import { FieldError, Label, TextArea, TextInput } from "@/components/ui/field";
import type { PasteBox as Box } from "./drafts";
import { sourceErrorId } from "./file-list";

/** One pasted version: a name (the outlet, say) and its text, plain or HTML. */
export function PasteBox({
  box,
  position,
  error,
  onChange,
  onRemove,
  disabled,
}: {
  box: Box;
  position: number;
  error: string | undefined;
  onChange: (box: Box) => void;
  onRemove: () => void;
  disabled: boolean;
}) {
  const id = (part: string) => `${box.key}-${part}`;
  return (
    <fieldset data-source-box={position} className="rounded-md border border-zinc-300 bg-white p-3">
      <legend className="px-1 text-sm font-semibold text-zinc-800">Pasted source {position}</legend>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-48 flex-1">
          <Label htmlFor={id("name")}>Source name</Label>
          <TextInput
            id={id("name")}
            className="mt-1"
            placeholder={`e.g. Reuters (else “Pasted text ${position}”)`}
            value={box.name}
            onChange={(e) => onChange({ ...box, name: e.target.value })}
          />
        </div>
        <label className="flex items-center gap-2 pb-2 text-sm text-zinc-800">
          <input type="checkbox" checked={box.html} onChange={(e) => onChange({ ...box, html: e.target.checked })} />
          HTML markup
        </label>
        <Button size="sm" variant="ghost" className="mb-1" disabled={disabled} onClick={onRemove} aria-label={`Remove pasted source ${position}`}>
          Remove
        </Button>
      </div>
      <Label htmlFor={id("text")} className="mt-3">
        Text
      </Label>
      <TextArea
        id={id("text")}
        rows={6}
        className="mt-1"
        value={box.text}
        aria-invalid={!!error}
        aria-describedby={error ? sourceErrorId(box.key) : undefined}
        onChange={(e) => onChange({ ...box, text: e.target.value })}
      />
      <FieldError id={sourceErrorId(box.key)}>{error}</FieldError>
    </fieldset>
  );
}
