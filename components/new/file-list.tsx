"use client";

import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";

export function sourceErrorId(key: string): string {
  return `error-${key}`;
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en")} KB`;
}

/** The chosen files, each with its own error (if any) and a way to take it out again. */
export function FileList({
  files,
  errors,
  onRemove,
  disabled,
}: {
  files: Array<{ key: string; name: string; size: number }>;
  errors: Record<string, string>;
  onRemove: (key: string) => void;
  disabled: boolean;
}) {
  if (!files.length) return null;
  return (
    <ul aria-label="Chosen files" className="divide-y divide-zinc-200 rounded-md border border-zinc-300 bg-white">
      {files.map((f) => (
        <li key={f.key} data-source-name={f.name} className="px-3 py-2">
          <div className="flex items-center gap-3">
            <span className="min-w-0 flex-1 truncate font-medium text-zinc-900" title={f.name}>
              {f.name}
            </span>
            <span className="text-sm text-zinc-700">{size(f.size)}</span>
            <Button
              size="sm"
              variant="ghost"
              disabled={disabled}
              onClick={() => onRemove(f.key)}
              aria-label={`Remove ${f.name}`}
              aria-describedby={errors[f.key] ? sourceErrorId(f.key) : undefined}
            >
              Remove
            </Button>
          </div>
          <FieldError id={sourceErrorId(f.key)}>{errors[f.key]}</FieldError>
        </li>
      ))}
    </ul>
  );
}
