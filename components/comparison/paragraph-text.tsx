import { memo } from "react";
import { cn } from "@/components/ui/cn";
import { coversParagraph, markSegments, type MarkSpan } from "./mark-segments";

/**
 * One paragraph of one version with its differences drawn: marks on the differing words only, a
 * thin underline on words only some versions have, a slim gap marker where words are missing, and
 * a bar beside a paragraph that only some versions have. Clicks and hovers are handled once for
 * the whole text (use-mark-tooltip), so a thousand marks need no thousand listeners.
 */
export const ParagraphText = memo(function ParagraphText({
  id,
  text,
  spans,
  presence,
  className,
}: {
  id: string;
  text: string;
  spans: MarkSpan[];
  /** "In 2 of 5 versions" for a discrepancy id: the tag on a paragraph only some versions have. */
  presence: (discrepancyId: string) => string;
  className?: string;
}) {
  const whole = spans.find((s) => s.category === "omission" && coversParagraph(text, s));
  const segments = markSegments(
    text,
    spans.filter((s) => s !== whole && !(whole && s.category === "omission" && s.discrepancy === whole.discrepancy)),
  );
  return (
    <p data-paragraph={id} className={cn("font-serif leading-relaxed text-zinc-900", className)}>
      {whole && (
        <button
          type="button"
          data-only-some
          data-discrepancy={whole.discrepancy}
          className="mr-1.5 inline-flex min-h-6 items-center rounded border border-violet-300 bg-violet-50 px-1.5 align-baseline font-sans text-xs font-medium text-violet-900 hover:bg-violet-100"
        >
          {presence(whole.discrepancy)}
        </button>
      )}
      {segments.map((s, i) => {
        if (s.kind === "text") return s.text;
        if (s.kind === "extra")
          return (
            <span key={i} data-extra data-discrepancy={s.span.discrepancy}>
              {s.text}
            </span>
          );
        if (s.kind === "gap")
          return (
            <mark
              key={i}
              tabIndex={0}
              data-gap
              data-severity={s.span.severity}
              data-category={s.span.category}
              data-discrepancy={s.span.discrepancy}
            >
              <span className="sr-only">(words missing here that other versions have)</span>
            </mark>
          );
        return (
          <mark key={i} tabIndex={0} data-severity={s.span.severity} data-category={s.span.category} data-discrepancy={s.span.discrepancy}>
            {s.text}
          </mark>
        );
      })}
    </p>
  );
});
