"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { checkDraft, hasErrors, type DraftErrors } from "@/lib/validations/draft";
import { MAX_TITLE_CHARS } from "@/lib/validations/limits";
import { Button } from "@/components/ui/button";
import { Label, TextInput } from "@/components/ui/field";
import { useHydrated } from "@/components/use-hydrated";
import { draftSources, emptyBox, newKey, type ChosenFile, type LinkBox, type PasteBox as Box } from "./drafts";
import { FileDropZone } from "./file-drop-zone";
import { FileList, sourceErrorId } from "./file-list";
import { LinkList } from "./link-list";
import { PasteBox } from "./paste-box";
import { SubmitProgress } from "./submit-progress";

const NO_ERRORS: DraftErrors = { bySource: {} };
const FORM_ERROR_ID = "form-error";

/**
 * Title, files and pasted boxes → POST /api/comparisons → the comparison page. On any error the
 * form keeps everything as typed and shows the sentence next to the source it concerns.
 */
export function NewComparisonForm() {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [files, setFiles] = useState<ChosenFile[]>([]);
  // Fixed keys for the first two boxes so the server's HTML and the browser agree.
  const [boxes, setBoxes] = useState<Box[]>(() => [emptyBox("paste-a"), emptyBox("paste-b")]);
  const [links, setLinks] = useState<LinkBox[]>(() => [{ key: "link-a", url: "" }]);
  const [errors, setErrors] = useState<DraftErrors>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);
  // Until React owns the form, typing would be reset by hydration and submitting would reload the
  // page: the fields stay disabled for that moment.
  const hydrated = useHydrated();

  const sources = draftSources(files, links, boxes);

  function addFiles(chosen: File[]) {
    const seen = new Set(files.map(({ file }) => `${file.name}:${file.size}:${file.lastModified}`));
    const fresh = chosen.filter((file) => !seen.has(`${file.name}:${file.size}:${file.lastModified}`));
    setFiles([...files, ...fresh.map((file) => ({ key: newKey("file-"), file }))]);
    setErrors(NO_ERRORS);
  }

  function updateLink(next: LinkBox) {
    setLinks(links.map((l) => (l.key === next.key ? next : l)));
    if (errors.bySource[next.key]) setErrors({ ...errors, bySource: { ...errors.bySource, [next.key]: "" } });
  }

  function updateBox(next: Box) {
    setBoxes(boxes.map((b) => (b.key === next.key ? next : b)));
    if (errors.bySource[next.key]) setErrors({ ...errors, bySource: { ...errors.bySource, [next.key]: "" } });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkDraft(sources);
    setErrors(found);
    if (hasErrors(found)) return focusFirstError(found);

    const body = new FormData();
    body.set("title", title);
    for (const s of sources) {
      if (s.file) body.append("files", s.file, s.name);
      else if (s.kind === "url") body.append("url", s.url);
      else if (s.box) {
        body.append("pasteName", s.name);
        body.append("pasteText", s.box.text);
        body.append("pasteFormat", s.box.html ? "html" : "text");
      }
    }

    setSubmitting(true);
    try {
      const response = await fetch("/api/comparisons", { method: "POST", body });
      const answer = (await response.json().catch(() => ({}))) as { url?: string; error?: string; source?: string };
      if (response.status === 201 && answer.url) {
        router.push(answer.url); // stay "submitting" until the comparison page replaces this one
        return;
      }
      const key = answer.source ? sources.find((s) => s.name === answer.source)?.key : undefined;
      const message = answer.error ?? "The comparison could not be made. Please try again.";
      const next: DraftErrors = key ? { bySource: { [key]: message } } : { form: message, bySource: {} };
      setErrors(next);
      focusFirstError(next);
    } catch {
      const next = { form: "Parallax could not reach the server. Check the connection and try again.", bySource: {} };
      setErrors(next);
      focusFirstError(next);
    }
    setSubmitting(false);
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby={errors.form ? FORM_ERROR_ID : undefined}>
      <noscript>
        <p className="mb-4 rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm">
          Parallax needs JavaScript to upload and compare sources.
        </p>
      </noscript>
      <fieldset disabled={!hydrated} className="flex flex-col gap-6">
        {errors.form && (
          <p id={FORM_ERROR_ID} role="alert" tabIndex={-1} className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
            {errors.form}
          </p>
        )}
        <div>
          <Label htmlFor="comparison-title">Title</Label>
          <TextInput
            id="comparison-title"
            name="title"
            className="mt-1"
            maxLength={MAX_TITLE_CHARS}
            placeholder="e.g. Istanbul talks (else the first headline)"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>

        <section aria-labelledby="files-heading" className="flex flex-col gap-3">
          <h2 id="files-heading" className="text-lg font-semibold text-zinc-900">
            Files
          </h2>
          <FileDropZone onFiles={addFiles} disabled={submitting} />
          <FileList
            files={sources.flatMap((s) => (s.kind === "file" ? [{ key: s.key, name: s.name, size: s.size }] : []))}
            errors={errors.bySource}
            onRemove={(key) => setFiles(files.filter((f) => f.key !== key))}
            disabled={submitting}
          />
        </section>

        <section aria-labelledby="links-heading" className="flex flex-col gap-3">
          <h2 id="links-heading" className="text-lg font-semibold text-zinc-900">
            Links
          </h2>
          <p className="-mt-2 text-sm text-zinc-700">
            Parallax fetches each page and reads it like an uploaded one; it is named by its site and headline. Empty fields are left out.
          </p>
          <LinkList links={links} errors={errors.bySource} onChange={updateLink} onRemove={(key) => setLinks(links.filter((l) => l.key !== key))} disabled={submitting} />
          <div>
            <Button onClick={() => setLinks([...links, { key: newKey("link-"), url: "" }])} disabled={submitting}>
              Add a link
            </Button>
          </div>
        </section>

        <section aria-labelledby="paste-heading" className="flex flex-col gap-3">
          <h2 id="paste-heading" className="text-lg font-semibold text-zinc-900">
            Pasted text
          </h2>
          <p className="-mt-2 text-sm text-zinc-700">Empty boxes are left out.</p>
          {boxes.map((box, i) => (
            <PasteBox
              key={box.key}
              box={box}
              position={i + 1}
              error={errors.bySource[box.key] || undefined}
              onChange={updateBox}
              onRemove={() => setBoxes(boxes.filter((b) => b.key !== box.key))}
              disabled={submitting}
            />
          ))}
          <div>
            <Button onClick={() => setBoxes([...boxes, emptyBox(newKey("paste-"))])} disabled={submitting}>
              Add a pasted source
            </Button>
          </div>
        </section>

        <div className="flex flex-wrap items-center gap-4 border-t border-zinc-200 pt-4">
          <Button type="submit" variant="primary" disabled={submitting}>
            Compare {sources.length >= 2 ? `${sources.length} sources` : "sources"}
          </Button>
          {submitting && <SubmitProgress sourceCount={sources.length} />}
        </div>
      </fieldset>
    </form>
  );
}

/** Moves focus to the first thing that needs fixing, so keyboard and screen-reader users land on it. */
function focusFirstError(errors: DraftErrors) {
  requestAnimationFrame(() => {
    const firstKey = Object.keys(errors.bySource).find((k) => errors.bySource[k]);
    const target = errors.form
      ? document.getElementById(FORM_ERROR_ID)
      : firstKey
        ? (document.querySelector<HTMLElement>(`[aria-describedby="${sourceErrorId(firstKey)}"]`) ??
          document.getElementById(sourceErrorId(firstKey)))
        : null;
    target?.focus();
    target?.scrollIntoView({ block: "center" });
  });
}
