// Inputs that would make an unbounded engine hang: what the budget must hold against.
import type { SourceInput } from "@/lib/engine/types";
import { baseStory, editedVariant, seededRandom } from "../bench/synthetic";
import { loadFixtures } from "./fixtures";

function corpus(root: string): string[] {
  return loadFixtures(root).map((f) => f.text);
}

/** Two versions of one paragraph of a million characters (no paragraph breaks at all). */
export function millionCharParagraph(root: string): SourceInput[] {
  const random = seededRandom(1);
  const words = baseStory(corpus(root), 170_000, random).join(" ").slice(0, 1_000_000);
  const variant = editedVariant([words], random).join(" ");
  return [
    { name: "long-a.txt", text: words },
    { name: "long-b.txt", text: variant },
  ];
}

/** Fifty versions of a 20,000-word story, each with its own edits. */
export function fiftyLongSources(root: string, words = 20_000): SourceInput[] {
  const random = seededRandom(2);
  const base = baseStory(corpus(root), words, random);
  return Array.from({ length: 50 }, (_, i) => ({
    name: `version-${i + 1}.txt`,
    text: (i === 0 ? base : editedVariant(base, random)).join("\n\n"),
  }));
}

/** The same sentence over and over, in many paragraphs: every paragraph matches every other. */
export function repeatedText(): SourceInput[] {
  const sentence = "The minister said the talks were constructive and businesslike. ";
  const paragraph = sentence.repeat(5).trim();
  const many = Array.from({ length: 4_000 }, () => paragraph);
  const changed = many.map((p, i) => (i % 97 === 0 ? p.replace("constructive", "substantive") : p));
  return [
    { name: "repeat-a.txt", text: many.join("\n\n") },
    { name: "repeat-b.txt", text: changed.join("\n\n") },
    { name: "repeat-c.txt", text: many.slice(0, 3_000).join("\n\n") },
  ];
}
