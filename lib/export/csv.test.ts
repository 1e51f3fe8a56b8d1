import { describe, expect, it } from "vitest";
import { BOM, csvField, neutraliseFormula, toCsv } from "./csv";
import { parseCsv } from "./rfc4180";
import { fixtureInput, FIXTURE_FILES } from "./test-fixtures";
import { handInput, handReport, TRICKY_NOTE } from "./test-report";

function read(csv: string) {
  expect(csv.startsWith(BOM)).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(BOM.length));
  for (const row of rows) expect(row).toHaveLength(header.length);
  return { header, rows, get: (row: string[], column: string) => row[header.indexOf(column)] };
}

describe("CSV export on a hand-made report", () => {
  const csv = toCsv(handInput());
  const { header, rows, get } = read(csv);

  it("is RFC 4180 with a BOM and CRLF line ends", () => {
    // read() parsed it strictly: records end in CRLF; a bare LF is only inside the quoted note.
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(rows.length + 3); // header, rows, the note's CRLF, the final ""
  });

  it("has the columns in order, one per source headed by its name", () => {
    expect(header).toEqual(["severity", "category", "summary", "ap-wire.txt", "Agence, France-Presse.txt", "tass.txt", "status", "note", "reviewer", "reviewed at"]);
    expect(rows).toHaveLength(handReport.discrepancies.length);
  });

  it("round-trips a note with commas, quotes and line breaks, and keeps accents and curly quotes", () => {
    const confirmed = rows.find((r) => get(r, "status") === "confirmed")!;
    expect(get(confirmed, "note")).toBe(TRICKY_NOTE);
    expect(get(confirmed, "reviewer")).toBe("Zoë O’Brien");
    expect(get(confirmed, "reviewed at")).toBe("2026-11-21T10:00:00.000Z");
    expect(get(confirmed, "summary")).toBe("Department: North America ≠ North Atlantic");
    expect(get(confirmed, "Agence, France-Presse.txt")).toContain("North Atlantic");
  });

  it("neutralises cells that a spreadsheet would run as formulas", () => {
    const trade = rows.find((r) => get(r, "summary").startsWith("Trade"))!;
    expect(get(trade, "ap-wire.txt")).toBe("'-5%");
    expect(get(trade, "Agence, France-Presse.txt")).toBe("'=SUM(A1)");
    expect(get(trade, "tass.txt")).toBe("");
    const dismissed = rows.find((r) => get(r, "status") === "dismissed")!;
    expect(get(dismissed, "reviewer")).toBe("'=cmd|' /C calc'!A0");
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("leaves unreviewed discrepancies open with empty note and reviewer", () => {
    const open = rows.filter((r) => get(r, "status") === "open");
    expect(open).toHaveLength(3);
    for (const r of open) expect([get(r, "note"), get(r, "reviewer"), get(r, "reviewed at")]).toEqual(["", "", ""]);
  });

  it("narrows to the scope", () => {
    expect(read(toCsv(handInput({ scope: "substantive" }))).rows.map((r) => r[0])).toEqual(["substantive", "substantive", "substantive"]);
    const confirmed = read(toCsv(handInput({ scope: "confirmed" }))).rows;
    expect(confirmed).toHaveLength(1);
    expect(read(toCsv(handInput({ reviews: [], scope: "confirmed" }))).rows).toHaveLength(0);
  });
});

describe("csvField", () => {
  it("quotes only when RFC 4180 requires it and doubles quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("“curly” é")).toBe("“curly” é");
  });

  it("prefixes formula starters with an apostrophe", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`);
    expect(csvField("\r=1")).toBe("\"'\r=1\"");
    expect(neutraliseFormula("1+1")).toBe("1+1");
  });
});

describe("CSV export on the five Istanbul fixtures", () => {
  it("has a column per source, a row per discrepancy, and the note intact", async () => {
    const input = await fixtureInput();
    const { header, rows, get } = read(toCsv(input));
    expect(header.slice(3, 3 + FIXTURE_FILES.length)).toEqual(input.report.sources.map((s) => s.name));
    for (const name of FIXTURE_FILES) expect(header).toContain(name);
    expect(rows).toHaveLength(input.report.discrepancies.length);
    expect(rows.length).toBeGreaterThan(0);
    expect(get(rows[0], "note")).toBe(TRICKY_NOTE);
    expect(get(rows[0], "status")).toBe("confirmed");
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
