import type { Variant } from "@/lib/engine/types";

/**
 * One source's wording at a disputed spot: the variant's text with its differing words (`core`) in
 * bold. A variant with no text means the source lacks the passage.
 */
export function VariantText({ variant }: { variant: Variant | undefined }) {
  if (!variant) return <span className="italic text-zinc-600">not in this version</span>;
  if (!variant.text && !variant.core) return <span className="italic text-zinc-600">lacks this passage</span>;
  const text = variant.text || variant.core;
  const at = variant.core ? text.indexOf(variant.core) : -1;
  if (at < 0) return <span>{text}</span>;
  return (
    <span>
      {text.slice(0, at)}
      <strong className="font-semibold underline decoration-2 underline-offset-2">{variant.core}</strong>
      {text.slice(at + variant.core.length)}
    </span>
  );
}
