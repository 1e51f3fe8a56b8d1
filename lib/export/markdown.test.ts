import { describe, expect, it } from "vitest";
import { inline, toMarkdown } from "./markdown";
import { fixtureInput } from "./test-fixtures";
import { handInput } from "./test-report";

describe("Markdown export", () => {
  const md = toMarkdown(handInput());

  it("opens with the title, the date and the scope", () => {
    expect(md.split("\n")[0]).toBe("# Istanbul talks: “six” or “seven” hours?");
    expect(md).toContain("exported 21 November 2026, 12:34 UTC · All discrepancies (5 of 5)");
  });

  it("lists the sources with their headlines and marks the primary", () => {
    expect(md).toContain("| ap-wire.txt (primary) | Russia, US hold talks in Istanbul |");
    expect(md).toContain("| Agence, France-Presse.txt | Pourparlers à Istanbul: « très constructifs » |");
  });

  it("counts by severity and by status", () => {
    expect(md).toContain("- By severity: Substantive 3 · Minor 1 · Cosmetic 1");
    expect(md).toContain("- By status: Open 3 · Confirmed 1 · Dismissed 1");
  });

  it("shows each discrepancy with every source's wording in context, its status and note", () => {
    expect(md).toContain("### 2. Department: North America ≠ North Atlantic");
    expect(md).toContain("**Substantive** · entity · Status: **Confirmed by Zoë O’Brien on 21 November 2026, 10:00 UTC**");
    expect(md).toContain(
      "- **ap-wire.txt:** The Russian delegation was led by Alexander Darchiev, head of the ministry’s **North America** Department.",
    );
    expect(md).toContain("- *Not in this version: tass.txt*");
    expect(md).toContain('> **Note:** Checked with the ministry, twice: "North Atlantic" is right.\n> See “TASS”, para 2;\n> also \\<b\\>AP\\</b\\> & co.');
  });

  it("lists orphaned reviews instead of dropping them", () => {
    expect(md).toContain("## Reviews of discrepancies no longer in the report");
    expect(md).toContain("`gone:zzz` · Confirmed by Zoë O’Brien on 21 November 2026, 10:00 UTC: From before the re-run.");
  });

  it("escapes Markdown in source text", () => {
    expect(inline("a *b* [c](d) | <e> # f")).toBe("a \\*b\\* \\[c\\](d) \\| \\<e\\> # f");
    expect(inline("# not a heading")).toBe("\\# not a heading");
    expect(inline("1. not a list")).toBe("1\\. not a list");
    expect(inline("AT&T &amp;")).toBe("AT&T &amp;amp;");
    expect(inline("two\nlines")).toBe("two lines");
  });

  it("renders the fixtures with every discrepancy's summary", async () => {
    const input = await fixtureInput();
    const out = toMarkdown(input);
    expect(out.match(/^### \d+\. /gm)).toHaveLength(input.report.discrepancies.length);
    for (const s of input.report.sources) expect(out).toContain(inline(s.name));
  });
});
