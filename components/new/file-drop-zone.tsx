"use client";

import { useState, type DragEvent } from "react";
import { SUPPORTED_EXTENSIONS } from "@/lib/media-types";
import { MAX_SOURCES } from "@/lib/validations/limits";
import { cn } from "@/components/ui/cn";

export const FILE_INPUT_ID = "source-files";

/** Drop files anywhere on the zone, or pick them with the (keyboard-reachable) file picker. */
export function FileDropZone({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }) {
  const [over, setOver] = useState(false);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
  }

  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={cn(
        "flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-8 text-center",
        over ? "border-blue-700 bg-blue-50" : "border-zinc-400 bg-zinc-50",
      )}
    >
      <p className="text-zinc-800">Drop the story&apos;s versions here, as many as you have</p>
      <label
        htmlFor={FILE_INPUT_ID}
        className="cursor-pointer rounded-md border border-zinc-400 bg-white px-4 py-2 text-sm font-medium text-zinc-900 hover:bg-zinc-100 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-blue-700"
      >
        Choose files
        <input
          id={FILE_INPUT_ID}
          type="file"
          name="files"
          multiple
          accept={SUPPORTED_EXTENSIONS.join(",")}
          disabled={disabled}
          className="sr-only"
          aria-describedby="file-formats"
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = ""; // so the same file can be chosen again after removing it
          }}
        />
      </label>
      <p id="file-formats" className="text-sm text-zinc-700">
        Plain text, Markdown, HTML, Word or PDF (.txt, .md, .html, .docx, .pdf); {MAX_SOURCES} sources at most.
      </p>
    </div>
  );
}
