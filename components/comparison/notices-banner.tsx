import type { Notice } from "@/lib/engine/types";

const KIND_LABEL: Record<Notice["kind"], string> = {
  budget: "Cut short",
  duplicate: "Duplicate",
  input: "Input",
};

/** What the engine wants the editor to know about this report: cut-offs, duplicate sources. */
export function NoticesBanner({ notices }: { notices: Notice[] }) {
  if (!notices.length) return null;
  return (
    <section aria-label="Notices about this comparison" className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <ul className="space-y-1">
        {notices.map((n, i) => (
          <li key={i}>
            <span className="font-semibold">{KIND_LABEL[n.kind]}:</span> {n.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
