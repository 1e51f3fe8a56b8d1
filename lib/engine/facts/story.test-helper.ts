/** Test helper: one version of a story as the fact stages see it, one paragraph of these sentences. */
import { sentencesOf } from "../units/sentences";

/** The version as a source: one paragraph, its sentences' spans. */
export function sourceOf(id: string, ...sentences: string[]) {
  const text = sentences.join(" ");
  let at = 0;
  const spans = sentences.map((s) => {
    const start = text.indexOf(s, at);
    at = start + s.length;
    return { start, end: at };
  });
  return { id, paragraphs: [{ id: `${id}-p1`, text, sentences: spans }] };
}

export function story(id: string, ...sentences: string[]) {
  return sentencesOf(sourceOf(id, ...sentences));
}
