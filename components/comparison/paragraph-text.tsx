import { memo, type ReactNode } from "react";
import { nestMarks, type MarkNode, type MarkSpan } from "./nest-marks";

/**
 * A paragraph with its discrepancies marked. Marks are focusable so keyboard users reach the
 * wording popover too; the popover itself is wired once for the whole table (comparison-view).
 */
export const ParagraphText = memo(function ParagraphText({ text, spans }: { text: string; spans: MarkSpan[] | undefined }) {
  return <>{render(spans?.length ? nestMarks(text, spans) : [{ kind: "text", text }])}</>;
});

function render(nodes: MarkNode[]): ReactNode[] {
  return nodes.map((node, i) =>
    node.kind === "text" ? (
      node.text
    ) : (
      <mark
        key={i}
        tabIndex={0}
        data-severity={node.span.severity}
        data-category={node.span.category}
        data-discrepancy={node.span.discrepancy}
      >
        {render(node.children)}
      </mark>
    ),
  );
}
