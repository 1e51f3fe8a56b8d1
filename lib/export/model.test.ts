import { describe, expect, it } from "vitest";
import { buildExportModel } from "./model";
import { handInput, handReport } from "./test-report";

describe("export model", () => {
  const model = buildExportModel(handInput());

  it("puts each source's wording in its sentence, with the differing words apart", () => {
    const [ap, afp, tass] = model.items[0].wordings;
    expect(ap).toMatchObject({ before: "Russian and U.S. diplomats met in Istanbul on Thursday for ", core: "six hours", after: " of talks." });
    expect(afp.core).toBe("almost seven hours");
    expect(tass.source.label).toBe("tass.txt");
  });

  it("marks a source that lacks the passage as absent", () => {
    expect(model.items[3].wordings[2]).toMatchObject({ present: false, text: "" });
  });

  it("gives duplicate source names distinct labels", () => {
    const twin = { ...handReport, sources: handReport.sources.map((s) => ({ ...s, name: "Pasted text" })) };
    expect(buildExportModel(handInput({ report: twin })).sources.map((s) => s.label)).toEqual([
      "Pasted text (s1)",
      "Pasted text (s2)",
      "Pasted text (s3)",
    ]);
  });

  it("counts what is in scope, and keeps the report's total", () => {
    const substantive = buildExportModel(handInput({ scope: "substantive" }));
    expect(substantive.total).toBe(5);
    expect(substantive.counts.severity).toEqual({ substantive: 3, minor: 0, cosmetic: 0 });
    expect(substantive.counts.status).toEqual({ open: 2, confirmed: 1, dismissed: 0 });
    expect(substantive.items.map((i) => i.number)).toEqual([1, 2, 3]);
  });

  it("falls back on the engine's snippet when offsets are missing", () => {
    const noSpans = {
      ...handReport,
      discrepancies: [{ ...handReport.discrepancies[0], variants: [{ source: "s1", text: "for six hours of", core: "six hours", spans: [] }] }],
    };
    expect(buildExportModel(handInput({ report: noSpans })).items[0].wordings[0]).toMatchObject({ before: "for ", core: "six hours", after: " of" });
  });
});
