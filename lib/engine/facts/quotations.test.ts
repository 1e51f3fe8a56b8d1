import { describe, expect, it } from "vitest";
import type { Budget, ReportSource } from "../types";
import type { Unit } from "../units/align-units";
import { sentencesOf } from "../units/sentences";
import { quotationConflicts } from "./quotations";
import { sourceOf } from "./story.test-helper";
import { WorkBudget } from "../work-budget";

/** A version of one paragraph of these sentences. */
const version = (id: string, ...sentences: string[]) => ({ ...sourceOf(id, ...sentences), name: `${id}.txt`, removed: [] }) as unknown as ReportSource;

/** Every sentence a unit of its own: the quotations sit in different units, as after a rewrite. */
const unitsOf = (sources: ReportSource[]): Unit[] => sources.flatMap((s) => sentencesOf(s).map((m) => ({ members: [m] })));
const order = ["s1", "s2", "s3"];
const budget = { work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] };

describe("quotationConflicts", () => {
  const press = version("s1", "The minister opened the session.", "“We will not allow this tragedy to happen again in our country,” she said.");
  const wire = version("s2", "She told reporters: “We will not permit this tragedy to happen again in our country.”", "The session ended at noon.");
  const copy = version("s3", "“We will not allow this tragedy to happen again in our country,” the minister said on Friday.");

  it("finds no misquotation in two passages a speaker said alike when every version gives both", () => {
    const twice = (id: string) =>
      version(
        id,
        "“The council has ignored every warning that its own engineers raised about the old bridge,” the mayor said.",
        "Later she said again that “the council has ignored the warnings that its own engineers raised about the old bridge.”",
      );
    const sources = [twice("s1"), twice("s2")];
    expect(quotationConflicts(sources, ["s1", "s2"], unitsOf(sources), ["s1", "s2"], [], budget)).toEqual([]);
  });

  it("finds a word changed inside one quotation wherever the versions put it, once, with every version's reading", () => {
    const sources = [press, wire, copy];
    const found = quotationConflicts(sources, order, unitsOf(sources), order, [], budget);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: "quote", severity: "substantive", summary: "Quote: allow ≠ permit" });
    expect(found[0].variants.map((v) => v.core)).toEqual(["allow", "permit", "allow"]);
    const span = found[0].variants[1].spans[0];
    expect(wire.paragraphs[0].text.slice(span.start, span.end)).toBe("permit");
  });

  it("leaves quotations compared inside their unit, shorter excerpts and restyled words alone", () => {
    const together: Unit[] = [{ members: [...sentencesOf(press).slice(1), ...sentencesOf(wire).slice(0, 1)] }];
    expect(quotationConflicts([press, wire], order, together, order, [], budget)).toEqual([]);
    const excerpt = version("s2", "She said: “We will not allow this tragedy to happen again.”");
    expect(quotationConflicts([press, excerpt], order, unitsOf([press, excerpt]), order, [], budget)).toEqual([]);
    const workforce = version("s1", "“Our workforce will not allow this tragedy to happen again,” she said.");
    const restyled = version("s2", "He added: “Our work force will not allow this tragedy to happen again.”");
    expect(quotationConflicts([workforce, restyled], order, unitsOf([workforce, restyled]), order, [], budget)).toEqual([]);
  });

  it("stops when the work budget runs out, and says so", () => {
    const small: Budget = { work: new WorkBudget(10), notices: [] };
    const sources = [press, wire, copy];
    expect(quotationConflicts(sources, order, unitsOf(sources), order, [], small)).toEqual([]);
    expect(small.notices.map((n) => n.message)).toEqual(["Quotations were compared across the story only in part: the work budget ran out."]);
  });

  it("does not take two people's alike words for a misquotation, and sets one passage given to two people apart", () => {
    const pelosi = version("s1", "“It is a power grab on behalf of the people of this country,” Pelosi said.");
    const lofgren = version("s2", "“It is a power grab for the people of this country,” said Representative Zoe Lofgren.");
    expect(quotationConflicts([pelosi, lofgren], order, unitsOf([pelosi, lofgren]), order, [], budget)).toEqual([]);
    const same = version("s2", "“It is a power grab on behalf of the people of this country,” said Representative Zoe Lofgren.");
    const found = quotationConflicts([pelosi, same], order, unitsOf([pelosi, same]), order, [], budget);
    expect(found).toMatchObject([{ category: "entity", severity: "substantive", summary: "Speaker: Pelosi ≠ Representative Zoe Lofgren" }]);
  });

  it("does not read two different quotations that share a few words as one", () => {
    const other = version("s2", "“We will rebuild every home in our country,” she said.");
    expect(quotationConflicts([press, other], order, unitsOf([press, other]), order, [], budget)).toEqual([]);
  });
});

describe("quotationConflicts: what a quotation is", () => {
  const order2 = ["s1", "s2"];
  const budget2 = { work: new WorkBudget(Number.POSITIVE_INFINITY), notices: [] };
  it("does not take the words between a closing mark and the next opening one for a quotation", () => {
    const a = version("s1", "He said the plan had failed.” The minister then left the room without taking any questions from the press. “We will try again next year,” she said.");
    const b = version("s2", "He said the plan had failed.” The minister then left the hall without taking any questions from the press. “We will try again next year,” she said.");
    expect(quotationConflicts([a, b], order2, unitsOf([a, b]), order2, [], budget2)).toEqual([]);
  });
});
