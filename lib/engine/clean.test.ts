import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { clean, type CleanResult } from "./clean";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const fixtureDir = path.join(repoRoot, "prisma", "demo", "istanbul-talks");
const basilDir = path.join(repoRoot, "..", "shared", "datasets", "basil", "articles");
const fixture = (name: string) => readFileSync(path.join(fixtureDir, `${name}.txt`), "utf8");

/** Every non-empty line of the input ends up somewhere: body, removed, or metadata. Nothing vanishes. */
function expectNothingDropped(input: string, result: CleanResult) {
  const places = [...result.paragraphs, ...result.removed.map((r) => r.text)];
  const meta = [result.title, result.byline, result.date, result.dateline].filter(Boolean) as string[];
  for (const raw of input.split("\n")) {
    const line = raw.replace(/[\s\u00A0]+/g, " ").trim().replace(/^- /, "");
    if (!line) continue;
    const found = places.some((p) => p.includes(line) || line.includes(p)) || meta.some((m) => line.includes(m));
    expect(found, `line went missing: ${line}`).toBe(true);
  }
}

const starts = (paragraphs: string[]) => paragraphs.map((p) => p.slice(0, 28));
const removedWith = (result: CleanResult, reason: string) => result.removed.filter((r) => r.reason === reason).map((r) => r.text);

/** The AP copy's paragraphs, as every fixture carrying it starts them. */
const AP_PARAGRAPHS = [
  "Russia has offered the Unite",
  "Russian and U.S. diplomats m",
  "The Russian Foreign Ministry",
  "The ministry said that it al",
  "U.S. and other Western natio",
  "The U.S.-Russia talks in Ist",
  "In Riyadh, Moscow and Washin",
];

describe("clean: the Istanbul-talks fixtures", () => {
  it("ap-marketbeat: headline and dateline lifted out, caption and stock-tips advertising removed", () => {
    const input = fixture("ap-marketbeat");
    const result = clean(input);
    expect(result.title).toBe("Russia offers to restore direct air links with the US, during Istanbul talks");
    expect(result.dateline).toBe("MOSCOW (AP) —");
    expect(starts(result.paragraphs)).toEqual([
      ...AP_PARAGRAPHS,
      "The U.S. State Department sa",
      "“Through constructive discus",
      "Sonata Coulter, U.S. deputy ",
      "The Russian Foreign Ministry",
      "Putin on Thursday hailed the",
      "“The first contacts with the",
    ]);
    expect(result.paragraphs[0]).toMatch(/^Russia has offered the United States .* said Friday\.$/);
    expect(result.removed[0]).toEqual({ text: "Free Trial", reason: "subscription offer", before: 0 });
    expect(result.removed[1]).toMatchObject({ reason: "photo caption", before: 0 });
    expect(result.removed[1].text).toMatch(/^Journalists work outside .*\(AP Photo\/Francisco Seco\)$/);
    const tail = result.removed.slice(2);
    expect(tail.map((r) => r.before)).toEqual(tail.map(() => 13));
    expect(tail[0]).toMatchObject({ text: "Where Should You Invest $1,000 Right Now?", reason: "advertising" });
    expect(tail.at(-1)).toMatchObject({ text: "Search Headlines", reason: "navigation" });
    expect(removedWith(result, "share prompt")).toEqual(["Like this article? Share it with a colleague."]);
    expect(tail).toHaveLength(20);
    expectNothingDropped(input, result);
  });

  it("business-standard: one paragraph per line; paywall, price list and template residue removed", () => {
    const input = fixture("business-standard");
    const result = clean(input);
    expect(result.title).toBeUndefined();
    expect(result.dateline).toBeUndefined();
    expect(starts(result.paragraphs)).toEqual([
      "Russia has offered the Unite",
      "Russian and US diplomats met",
      "The Russian Foreign Ministry",
      "The ministry said that it al",
      "US and other Western nations",
      "The US-Russia talks in Istan",
      "In Riyadh, Moscow and Washin",
      "That includes restoring staf",
      "The US State Department said",
      "Through constructive discuss",
      "Sonata Coulter, US deputy as",
      "Putin on Thursday hailed the",
      "The first contacts with the ",
    ]);
    expect(result.removed).toHaveLength(35);
    expect(result.removed.every((r) => r.before === 13)).toBe(true);
    expect(result.removed[0]).toMatchObject({ text: "You’ve reached your limit of {{free_limit}} free articles this month.", reason: "subscription offer" });
    expect(removedWith(result, "price list")).toEqual(expect.arrayContaining(["₹900", "3 Months", "₹300/Month", "2 Years"]));
    expect(result.removed.at(-1)).toEqual({ text: ")", reason: "stray punctuation", before: 13 });
    expectNothingDropped(input, result);
  });

  it("mfa-and-ap: the press release and the AP copy are all body; only the second story's dateline is set aside", () => {
    const input = fixture("mfa-and-ap");
    const result = clean(input);
    expect(result.title).toBeUndefined();
    expect(result.dateline).toBeUndefined();
    expect(result.paragraphs).toHaveLength(18);
    expect(result.paragraphs[0]).toMatch(/^On February 27, 2025 expert-level Russian-US consultations/);
    expect(result.paragraphs[4]).toMatch(/^The discussions proceeded in a substantive and business-like manner/);
    // The second story's dateline sits mid-text: removed like page furniture, its paragraph kept.
    expect(result.removed).toEqual([{ text: "MOSCOW –", reason: "dateline", before: 5 }]);
    expect(result.paragraphs[5]).toMatch(/^Russia has offered the United States/);
    expect(result.paragraphs[17]).toMatch(/^“The first contacts with the new U\.S\. administration/);
    expectNothingDropped(input, result);
  });

  it("moscow-times: headline kept as title; support plea, caption, newsletter and donation appeal removed", () => {
    const input = fixture("moscow-times");
    const result = clean(input);
    expect(result.title).toBe("Russian and U.S. Officials Discussed Restoring Embassy Staff, Direct Flights at Istanbul Talks");
    expect(result.removed[0]).toEqual({ text: "Support The Moscow Times!", reason: "donation appeal", before: 0 });
    expect(result.removed[1]).toMatchObject({ reason: "photo caption", before: 0 });
    expect(result.removed[1].text).toMatch(/^The Russian delegation leaves .* Kirill Zharov \/ TASS$/);
    expect(result.paragraphs).toHaveLength(13);
    expect(result.paragraphs[0]).toMatch(/^Russian and U\.S\. diplomats held talks Thursday in Istanbul/);
    // No-break spaces of the page are plain spaces now.
    expect(result.paragraphs[4]).toContain("Kommersant reported that Russia");
    expect(result.paragraphs[12]).toMatch(/^Since taking office last month, U\.S\. President Donald Trump/);
    const tail = result.removed.slice(2);
    expect(tail.every((r) => r.before === 13)).toBe(true);
    expect(tail[0]).toMatchObject({ text: "Sign up for our free weekly newsletter", reason: "newsletter sign-up" });
    expect(removedWith(result, "donation appeal")).toEqual(expect.arrayContaining(["Dear readers,", "Remind me later."]));
    expect(removedWith(result, "donation appeal").some((t) => t.startsWith("We are facing unprecedented challenges."))).toBe(true);
    expect(tail.at(-1)).toMatchObject({ text: "Read more", reason: "navigation" });
    expectNothingDropped(input, result);
  });

  it("tass: dated headline split into date and title, dateline lifted, sub-heads and bullets kept", () => {
    const input = fixture("tass");
    const result = clean(input);
    expect(result.title).toBe("Key Takeaways From Latest Round of Russia-US Talks in Istanbul");
    expect(result.date).toBe("2025-02-28");
    expect(result.dateline).toBe("MOSCOW, February 28. /TASS/.");
    expect(result.removed).toEqual([
      { text: "The Russian Foreign Ministry’s North Atlantic Department Director Alexander Darchiyev headed the Russian delegation", reason: "photo caption", before: 0 },
      { text: "© Kirill Zharov/TASS", reason: "photo credit", before: 0 },
    ]);
    expect(result.paragraphs).toHaveLength(14);
    expect(result.paragraphs[0]).toMatch(/^The Russian Foreign Ministry described the latest round/);
    expect(result.paragraphs[3]).toBe("Istanbul meeting");
    expect(result.paragraphs[4]).toBe("Russian and US delegations met in Istanbul on February 27.");
    expect(result.paragraphs[7]).toBe("MFA’s press release");
    expect(result.paragraphs[11]).toBe("Comment from US Department of State");
    expect(result.paragraphs[13]).toMatch(/^According to the US foreign policy body, .* it said\.$/);
    expectNothingDropped(input, result);
  });
});

describe("clean: clutter of any site", () => {
  const body = [
    "KYIV, Ukraine (AP) — Ukraine and Poland agreed on Tuesday to reopen a border crossing closed since the spring, officials said.",
    "The crossing near Lviv handles about a fifth of the trucks that move grain west, according to the ministry.",
    "Truckers welcomed the news but said queues would take weeks to clear.",
  ];

  it("lifts a byline and a headline, and strips an agency dateline with a region", () => {
    const result = clean(["World", "Europe", "Border crossing to reopen after months of protests", "By Jane Doe", ...body].join("\n"));
    expect(result.title).toBe("Border crossing to reopen after months of protests");
    expect(result.byline).toBe("By Jane Doe");
    expect(result.dateline).toBe("KYIV, Ukraine (AP) —");
    expect(result.paragraphs[0]).toMatch(/^Ukraine and Poland agreed/);
    expect(result.removed.map((r) => [r.text, r.reason])).toEqual([
      ["World", "section label"],
      ["Europe", "page heading or menu item"],
    ]);
  });

  it("reads tabs, runs of spaces and zero-width or non-breaking spaces in a pasted line as single spaces", () => {
    const messy = ["  KYIV, Ukraine (AP) —\tUkraine and  Poland agreed on\u200BTuesday to reopen a border crossing closed since the spring, officials said. ", ...body.slice(1)];
    expect(clean(messy.join("\n")).paragraphs[0]).toBe("Ukraine and Poland agreed on Tuesday to reopen a border crossing closed since the spring, officials said.");
    expect(clean(body.join("\n")).paragraphs.slice(1)).toEqual(body.slice(1));
  });

  it("removes a newsletter sign-up box after the article", () => {
    const result = clean(
      [...body, "Sign up for our newsletter", "Get the day's top stories delivered to your inbox every morning.", "Enter your email", "Subscribe"].join("\n\n"),
    );
    expect(result.paragraphs).toHaveLength(3);
    expect(result.removed.map((r) => [r.text, r.reason, r.before])).toEqual([
      ["Sign up for our newsletter", "newsletter sign-up", 3],
      ["Get the day's top stories delivered to your inbox every morning.", "newsletter sign-up", 3],
      ["Enter your email", "newsletter sign-up", 3],
      ["Subscribe", "subscription offer", 3],
    ]);
  });

  it("removes an Advertisement marker between paragraphs and keeps both neighbours", () => {
    const result = clean([body[0], "Advertisement", body[1], "ADVERTISEMENT", body[2]].join("\n\n"));
    expect(result.paragraphs).toHaveLength(3);
    expect(result.removed).toEqual([
      { text: "Advertisement", reason: "advertising", before: 1 },
      { text: "ADVERTISEMENT", reason: "advertising", before: 2 },
    ]);
  });

  it("removes photo credits and captions in the common agency styles", () => {
    const getty =
      "Polish farmers block the road near the border crossing on March 3, 2024 in Dorohusk, Poland. (Photo by Jane Doe/Getty Images)";
    const result = clean([body[0], "Photo: Jane Doe/Reuters", getty, body[1], "FILE - Trucks wait at the border crossing on Nov. 20, 2023.", body[2]].join("\n"));
    expect(result.paragraphs).toHaveLength(3);
    expect(result.removed.map((r) => [r.reason, r.before])).toEqual([
      ["photo credit", 1],
      ["photo caption", 1],
      ["photo caption", 2],
    ]);
  });

  it("keeps a lede that sits below a wire credit line: it reports, a caption describes", () => {
    const lede = "Ukraine and Poland agreed on Tuesday to reopen a border crossing closed since the spring, officials said.";
    for (const credit of ["Photo: Jane Doe/AP", "Reuters"]) {
      const result = clean([credit, lede, ...body.slice(1)].join("\n\n"));
      expect(result.paragraphs).toEqual([lede, ...body.slice(1)]);
      expect(result.removed.map((r) => r.reason)).toEqual(["photo credit"]);
    }
  });

  it("removes a pointer to a video the text no longer has, and a note on where the story first ran", () => {
    const result = clean([...body.slice(0, 2), "Watch the video above for more.", body[2], "This article was originally published on Example News."].join("\n\n"));
    expect(result.paragraphs).toHaveLength(3);
    expect(result.removed.map((r) => r.reason)).toEqual(["video caption", "syndication note"]);
  });

  it("keeps a sentence that reports what photos showed: it is the story, not a caption", () => {
    const line = "Photos taken at the scene showed collapsed roofs and downed trees.";
    expect(clean([body[0], body[1], line, body[2]].join("\n\n")).paragraphs).toEqual([body[0].replace(/^KYIV, Ukraine \(AP\) — /, ""), body[1], line, body[2]]);
  });

  it("removes an author's contact and social lines, a contributor line, a gallery button and a full-story link", () => {
    const furniture = [
      "Contributing: Jane Doe, USA TODAY",
      "Open this photo in gallery:",
      "Follow Jane Doe on X: @janedoe",
      "Write to Jane Doe at jane.doe@example.com",
      "Read the full story here.",
    ];
    for (const line of furniture) {
      const result = clean([body[0], body[1], line, body[2]].join("\n\n"));
      expect(result.paragraphs).toHaveLength(3);
      expect(result.removed.map((r) => r.text)).toEqual([line]);
    }
  });

  it("removes a donation appeal, its buttons and everything after it at the end", () => {
    const appeal = [
      "Dear reader,",
      "Our journalism is funded by readers like you, and we never put it behind a paywall.",
      "If you value what we do, please consider making a contribution today.",
      "One-time",
      "Monthly",
      "Donate",
      "Maybe later",
    ];
    const result = clean([...body, ...appeal].join("\n"));
    expect(result.paragraphs).toEqual([body[0].replace("KYIV, Ukraine (AP) — ", ""), body[1], body[2]]);
    expect(result.removed.map((r) => r.reason)).toEqual(appeal.map(() => "donation appeal").map((r, i) => (i === 3 || i === 4 ? "payment options" : r)));
  });

  it("keeps a subhead after inline clutter, and attributed paragraphs even after page clutter", () => {
    const text = [
      body[0],
      "Read more: Farmers protest at the border for a third week",
      "What happens next",
      body[1],
      "Share this article with a friend",
      body[2],
      "The European Commission said it would review the deal next month.",
    ].join("\n");
    const result = clean(text);
    expect(result.paragraphs).toEqual([expect.stringMatching(/^Ukraine and Poland/), "What happens next", body[1], body[2], "The European Commission said it would review the deal next month."]);
    expect(result.removed.map((r) => r.reason)).toEqual(["link to another article", "share prompt"]);
  });

  it("reads a whole pasted page: menus, tagline, headline, standfirst, byline, date, tail of links", () => {
    const page = [
      "Skip to main content",
      "Sign in",
      "News",
      "World",
      "Europe",
      "Ukraine war live",
      "Border crossing to reopen after months of farmers' protests",
      "Kyiv and Warsaw strike a deal, but truckers say the queues will take weeks to clear",
      "Jane Doe",
      "Tue 5 Mar 2024 10.15 GMT",
      "Share",
      ...body,
      "Explore more on these topics",
      "Ukraine",
      "Poland",
      "Reuse this content",
      "Most viewed",
      "Live: latest updates from the summit",
    ];
    const result = clean(page.join("\n"));
    expect(result.title).toBe("Border crossing to reopen after months of farmers' protests");
    expect(result.byline).toBe("Jane Doe");
    expect(result.date).toBe("5 Mar 2024");
    expect(result.dateline).toBe("KYIV, Ukraine (AP) —");
    expect(result.paragraphs).toEqual([
      "Kyiv and Warsaw strike a deal, but truckers say the queues will take weeks to clear",
      body[0].replace("KYIV, Ukraine (AP) — ", ""),
      body[1],
      body[2],
    ]);
    expect(result.removed.filter((r) => r.before === 4).map((r) => r.text)).toEqual(page.slice(14));
  });

  it("keeps the byline and date below a standfirst that ends like a sentence as metadata", () => {
    const page = [
      "Advertisement",
      "Supported by",
      "Border Crossing to Reopen After Months of Protests",
      "The deal between Kyiv and Warsaw was the latest sign of a thaw.",
      "Listen to this article · 5:12 min",
      "Share full article",
      "By Jane Doe",
      "March 5, 2024",
      body[1],
      body[2],
      "Jane Doe is a correspondent based in Warsaw, covering Poland and the Baltic states.",
      "A version of this article appears in print on March 6, 2024, Section A, Page 9.",
    ];
    const result = clean(page.join("\n"));
    expect(result).toMatchObject({ title: page[2], byline: "By Jane Doe", date: "March 5, 2024" });
    expect(result.paragraphs).toEqual([page[3], body[1], body[2]]);
    expect(result.removed.map((r) => r.reason)).toEqual([
      "advertising",
      "advertising",
      "reading time or audio player",
      "share prompt",
      "author bio",
      "print edition note",
    ]);
  });

  it("joins hard-wrapped lines into paragraphs", () => {
    const wrapped = [
      "Ukraine and Poland agreed on Tuesday to reopen a border crossing that",
      "had been closed since the spring, after weeks of talks between the two",
      "governments and the farmers' unions, officials in both capitals said.",
      "",
      "The crossing handles about a fifth of the trucks that move grain to the",
      "west, according to the ministry, and its closure had cost exporters",
      "millions of dollars in lost contracts and spoiled cargo this year.",
    ].join("\n");
    const result = clean(wrapped);
    expect(result.paragraphs).toHaveLength(2);
    expect(result.paragraphs[0]).toBe(
      "Ukraine and Poland agreed on Tuesday to reopen a border crossing that had been closed since the spring, after weeks of talks between the two governments and the farmers' unions, officials in both capitals said.",
    );
  });

  it("keeps short unpunctuated lines when there is no prose to anchor on", () => {
    const result = clean("Talks in Istanbul\nRussia proposes direct flights\nUS raises banking concerns");
    expect(result.title).toBe("Talks in Istanbul");
    expect(result.paragraphs).toEqual(["Russia proposes direct flights", "US raises banking concerns"]);
  });

  it("normalises CRLF and no-break spaces and copes with empty input", () => {
    expect(clean("One line here, and it ends.\r\nAnother\u00A0line that ends too.").paragraphs).toEqual([
      "One line here, and it ends.",
      "Another line that ends too.",
    ]);
    expect(clean("")).toEqual({ paragraphs: [], removed: [] });
  });
});

describe("clean: boxes, lists and clutter run into the text", () => {
  const story = [
    "The river crested at nine metres on Tuesday, the highest level in forty years, the water agency said.",
    "About 2,000 people left their homes in the lower town overnight, the mayor told reporters.",
    "Volunteers filled sandbags at the fire station until the early morning hours.",
  ];

  it("removes a key-points box: its heading and its unpunctuated bullets, up to the first paragraph", () => {
    const box = ["Key points:", "- The river crested at nine metres", "- About 2,000 people left their homes", "Volunteers worked through the night"];
    const result = clean([story[0], ...box, story[1], story[2]].join("\n"));
    expect(result.paragraphs).toEqual(story);
    expect(result.removed.map((r) => [r.reason, r.before])).toEqual(box.map(() => ["key points box", 1]));
  });

  it("removes a list of other stories: the heading, its teasers cut off with an ellipsis, the separators", () => {
    const list = ["Related Posts", "-", "The governor said the state would ask for federal help after the…", "-", "Officials in the upper valley reported that the dam had held,…"];
    const result = clean([...story, ...list].join("\n"));
    expect(result.paragraphs).toEqual(story);
    expect(result.removed.map((r) => r.text)).toEqual(list);
  });

  it("removes a related-coverage label and its one headline, but keeps the background paragraph closing the story", () => {
    const background =
      "Floods are common in the valley, which sits below three dams built in the 1950s. In 2013, more than 40 homes were lost when the river broke its banks after a week of rain.";
    const result = clean([...story, "Related coverage:", "Dam operators lower reservoir ahead of storm", background, "Photo: Sandbags outside the fire station. (AP Photo/Jane Doe)"].join("\n"));
    expect(result.paragraphs).toEqual([...story, background]);
    expect(result.removed.map((r) => r.reason)).toEqual(["navigation", "navigation", "photo credit"]);
  });

  it("cuts a video caption glued between two sentences out of the paragraph, keeping both sentences", () => {
    const glued = `${story[0]}Video above: Mayor updates residents on the cleanupThe lower town was evacuated overnight.`;
    const result = clean([glued, story[1]].join("\n"));
    expect(result.paragraphs).toEqual([story[0], "The lower town was evacuated overnight.", story[1]]);
    expect(result.removed).toEqual([{ text: "Video above: Mayor updates residents on the cleanup", reason: "video caption", before: 1 }]);
  });

  it("cuts a link off the end of a paragraph", () => {
    const result = clean([`${story[0]} (Read more flood stories.)`, story[1]].join("\n"));
    expect(result.paragraphs).toEqual([story[0], story[1]]);
    expect(result.removed).toEqual([{ text: "(Read more flood stories.)", reason: "link to another article", before: 1 }]);
  });

  it("separates an advertiser's line run into the dateline and lifts the dateline", () => {
    const result = clean([`Sponsored by Acme Funds LONDON (Reuters) - ${story[0]}`, story[1]].join("\n"));
    expect(result.dateline).toBe("LONDON (Reuters) -");
    expect(result.paragraphs).toEqual([story[0], story[1]]);
    expect(result.removed).toEqual([{ text: "Sponsored by Acme Funds", reason: "advertising", before: 0 }]);
  });

  it("removes a video lead-in whose player is gone, but keeps one that introduces a quotation", () => {
    const leadIn = "The moment the levee gave way was caught on video:";
    expect(clean([story[0], leadIn, story[1]].join("\n")).removed).toEqual([{ text: leadIn, reason: "video embed", before: 1 }]);
    const quoted = clean([story[0], leadIn, "“It just went,” a neighbour said. “We ran.”", story[1]].join("\n"));
    expect(quoted.removed).toEqual([]);
    expect(quoted.paragraphs).toContain(leadIn);
  });

  it("separates a label glued to a dateline without a space", () => {
    const result = clean([`AdvertisementBERLIN – ${story[0]}`, story[1]].join("\n"));
    expect(result.dateline).toBe("BERLIN –");
    expect(result.paragraphs).toEqual([story[0], story[1]]);
    expect(result.removed).toEqual([{ text: "Advertisement", reason: "advertising", before: 0 }]);
  });

  it("removes a list of other stories' headlines after the comments heading", () => {
    const tail = ["Comments", "Farmers Count the Cost of a Wet Spring in the Valley", "New Bridge Opens Two Years Behind Schedule", "School Board Approves Later Start Times"];
    const result = clean([...story, ...tail].join("\n"));
    expect(result.paragraphs).toEqual(story);
    expect(result.removed.map((r) => r.text)).toEqual(tail);
  });

  it("sets aside a second dateline mid-text and gives it back on restore", () => {
    const text = [`WASHINGTON (AP) — ${story[0]}`, story[1], `DENVER (AP) — ${story[2]}`].join("\n");
    const result = clean(text);
    expect(result.dateline).toBe("WASHINGTON (AP) —");
    expect(result.paragraphs).toEqual(story);
    expect(result.removed).toEqual([{ text: "DENVER (AP) —", reason: "dateline", before: 2 }]);
    expect(clean(text, { restore: [0] }).paragraphs[2]).toBe(`DENVER (AP) — ${story[2]}`);
  });

  it("removes comment-policy and tip-prompt blocks after the article", () => {
    const tail = [
      "The Valley Courier is committed to a forum for civil and respectful debate.",
      "Please keep your comments on topic. Read our community guidelines here",
      "If you have a story idea, please send us a tip.",
    ];
    const result = clean([...story, ...tail].join("\n"));
    expect(result.paragraphs).toEqual(story);
    expect(result.removed.map((r) => r.reason)).toEqual(["comment policy", "comment policy", "tip prompt"]);
  });
});

describe("clean: restore", () => {
  it("puts restored blocks back where they stood and leaves the others removed", () => {
    const input = fixture("moscow-times");
    const full = clean(input);
    const restored = clean(input, { restore: [1, 2] });
    expect(restored.removed).toEqual([full.removed[0], ...full.removed.slice(3).map((r) => ({ ...r, before: 15 }))]);
    expect(restored.paragraphs[0]).toBe(full.removed[1].text);
    expect(restored.paragraphs.slice(1, 14)).toEqual(full.paragraphs);
    expect(restored.paragraphs[14]).toBe("Sign up for our free weekly newsletter");
    expect(restored.title).toBe(full.title);
  });

  it("ignores indices that are out of range", () => {
    const input = fixture("tass");
    expect(clean(input, { restore: [7, -1] })).toEqual(clean(input));
  });
});

describe.skipIf(!existsSync(basilDir))("clean: real news bodies (BASIL)", () => {
  it("removes (almost) nothing from 300 clean articles pasted one paragraph per line", () => {
    const normal = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    let paragraphs = 0;
    let lost = 0;
    for (const year of readdirSync(basilDir).sort()) {
      for (const file of readdirSync(path.join(basilDir, year)).sort()) {
        const article = JSON.parse(readFileSync(path.join(basilDir, year, file), "utf8")) as { title: string; "body-paragraphs": string[][] };
        const body = article["body-paragraphs"].map((p) => p.join(" ").replace(/\s+/g, " ").trim()).filter(Boolean);
        const result = clean(body.join("\n"));
        const kept = new Set(result.paragraphs);
        for (const paragraph of body) {
          if (normal(paragraph) === normal(article.title)) continue; // some bodies open with the headline: metadata, rightly
          paragraphs++;
          const withoutDateline = result.dateline && paragraph.startsWith(result.dateline) ? paragraph.slice(result.dateline.length).trim() : paragraph;
          if (!kept.has(paragraph) && !kept.has(withoutDateline)) lost++;
        }
      }
    }
    expect(paragraphs).toBeGreaterThan(4000);
    // 8 of 4,871 today (0.16 %), most of them clutter the corpus kept in its bodies (a print-edition note, credits).
    expect(lost / paragraphs).toBeLessThan(0.005);
  });
});

describe("repeated page elements", () => {
  const body = [
    "The harbour authority said on Tuesday that the northern pier would close for repairs until the spring.",
    "Ferry services will move to the southern terminal, which is being extended to take the larger boats.",
    "Local traders said they feared losing visitors during the months of work on the old pier.",
  ];
  it("sets aside a short line the page prints twice, and keeps one printed once", () => {
    const twice = clean([body[0], "Harbour Notes Weekly", body[1], "Harbour Notes Weekly", body[2]].join("\n\n"));
    expect(removedWith(twice, "repeated page element")).toEqual(["Harbour Notes Weekly", "Harbour Notes Weekly"]);
    expect(twice.paragraphs).toEqual(body);
    const once = clean([body[0], "Harbour Notes Weekly", body[1], body[2]].join("\n\n"));
    expect(removedWith(once, "repeated page element")).toEqual([]);
  });
});
