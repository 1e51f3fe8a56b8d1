import { describe, expect, it } from "vitest";
import { isCaption, matchCredit } from "./captions";
import { letterRegExp } from "./letters";
import { matchClutter } from "./rules";
import { findTailRun, scoreBlock } from "./runs";
import { addressesReader, isTitleLike } from "./shape";

const reason = (text: string) => matchClutter(text)?.reason;

describe("matchClutter", () => {
  it.each([
    ["Subscribe now for unlimited access.", "subscription offer"],
    ["Start your free trial", "subscription offer"],
    ["You have 2 free articles left this month.", "subscription offer"],
    ["$4.99/month", "price list"],
    ["12 Months", "price list"],
    ["Sign up for our morning briefing emails", "newsletter sign-up"],
    ["Get our best stories delivered to your inbox.", "newsletter sign-up"],
    ["Dear reader,", "donation appeal"],
    ["If you can, please make a donation to support our newsroom.", "donation appeal"],
    ["Advertisement", "advertising"],
    ["Sponsored content", "advertising"],
    ["Click here to claim your bonus now", "advertising"],
    ["Most read", "navigation"],
    ["You might also like", "navigation"],
    ["Read more: Ceasefire talks stall in Doha", "link to another article"],
    ["Share this story with a friend", "share prompt"],
    ["Follow us on Telegram", "share prompt"],
    ["© 2025 Example Media. All rights reserved.", "copyright notice"],
    ["We use cookies to improve your experience. Accept all?", "legal notice"],
    ["Leave a comment", "comments prompt"],
    ["{{paywall_cta}}", "template residue"],
    ["»", "stray punctuation"],
    ["This is an archived story; the information in it may be out of date.", "archive notice"],
    ["Please turn on JavaScript to view this page.", "script notice"],
    ["The Valley Courier is committed to a forum for civil and respectful debate.", "comment policy"],
    ["Please keep comments on topic and polite.", "comment policy"],
    ["Your email address will not be published.", "comment policy"],
    ["Comments are closed.", "comment policy"],
    ["This story has been updated with additional information.", "editor's note"],
    ["This is a developing story and will be updated.", "editor's note"],
    ["Editor's note: This story contains graphic descriptions.", "editor's note"],
    ["Correction: An earlier version of this story misstated the number of cars.", "editor's note"],
    ["Click to share on Facebook (Opens in new window)", "share prompt"],
    ["Join our WhatsApp channel for updates", "share prompt"],
    ["Print this article", "navigation"],
    ["Our Standards: The Example News Trust Principles.", "disclaimer"],
    ["Posted in World News", "date and tags"],
    ["Leave a Reply", "comments prompt"],
    ["Have a news tip? Send it to us.", "tip prompt"],
    ["The opinions expressed in this column are the writer's own.", "disclaimer"],
    ["Click here to read the full statement.", "link prompt"],
    ["Sports: https://example.com/sports", "link"],
    ["Source: Ministry of Health", "source credit"],
    ["1,204 views", "view count or time ago"],
    ["3 hours ago · 12 shares", "view count or time ago"],
    ["Mar 3, 2024 | Politics, Europe", "date and tags"],
    ["9F2C41AA 77B0 4E21 A3C5", "image identifier"],
    ["The moment the bridge gave way was caught on video:", "video embed"],
    ["Key points:", "key points box"],
    ["In short: the council backs the plan", "key points box"],
    ["Local News", "section label"],
    ["Politics", "section label"],
    ["-*Reporting by Jane Doe", "reporting credits"],
    ["Jane Doe CONTRIBUTED to this report.", "reporting credits"],
    ["Contributing: Jane Doe", "reporting credits"],
    ["Get the free report on dividend stocks now", "advertising"],
    ["Install our App today", "advertising"],
    ["((jane.doe@example.com;))", "contact details"],
    ["For media inquiries: press@example.org", "contact details"],
    ["Media contact: Jane Doe, 555-0100", "contact details"],
    ["Back to Sports Page", "navigation"],
    ["See also:", "navigation"],
    ["Video above: Mayor visits the shelter", "video caption"],
    ["Previous post: Council votes on the budget", "link to another article"],
    ["Story continues below advertisement", "advertising"],
    ["Advertisement - Scroll to continue", "advertising"],
    ["Get the latest news from around the world", "advertising"],
    ["Do Not Sell or Share My Personal Information", "legal notice"],
    ["Save my name, email, and website in this browser for the next time I comment.", "comment form"],
    ["Email *", "comment form"],
    ["March 4, 2024 at 10:55 am", "timestamp"],
    ["2024-03-04T10:55:00Z", "timestamp"],
    ["200 AM CDT Thu Sep 10 2026", "timestamp"],
    ["Originally published March 4, 2026 at 9:12 AM", "timestamp"],
    ["Report a typo or error", "link prompt"],
    ["Read Full Article", "link prompt"],
    ["Download the FOX 5 NY News app for breaking news alerts", "advertising"],
    ["Sponsored Stories", "advertising"],
    ["Sign up here.", "newsletter sign-up"],
    ["Have a news tip? Send it to tips@example.com", "tip prompt"],
    ["Enlarge this image", "gallery button"],
    ["Skip Ad", "video player"],
    ["Watch live: Local news broadcasts", "video player"],
    ["This article was generated from an automated news agency feed without modifications to text.", "syndication note"],
    ["...STORM MAKES LANDFALL NEAR THE COAST AS A CATEGORY 3 HURRICANE...", "headline in capitals"],
    ["Views: 12.5K", "view count or time ago"],
    ["Posted at 3:45 PM, Feb 04, 2015 and last updated 6:12 PM, Feb 04, 2015", "timestamp"],
    ["__________", "stray punctuation"],
    ["Associated Press writers Jane Doe in Paris and John Roe in Rome contributed.", "reporting credits"],
    ["This material may not be published, broadcast, rewritten or redistributed.", "copyright notice"],
    ["Find more coverage of the floods at https://example.com/hub/floods", "link"],
    ["3 of 12", "gallery counter"],
    ["Now Playing", "video player"],
    ["Press shift question mark to access a list of keyboard shortcuts", "video player"],
  ])("%s → %s", (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it.each([
    "The company said it had 2 million subscribers who pay $4.99 a month, up from last year.",
    "Netflix subscribers will see the change next month, the company said in a statement.",
    "Share prices fell 3 percent in early trading after the announcement, traders said.",
    "“We need your support,” the candidate told supporters at a rally in Ohio on Saturday.",
    "Comment from US Department of State",
    "Istanbul meeting",
    "MFA’s press release",
    "The newsletter, published by the group since 1998, criticized the plan in its latest issue.",
    "Ukraine hopes to become a member of NATO.",
    "Finland is already a member of the alliance.",
    "Inspectors were granted unlimited access to the site.",
    "Search continues for missing climbers",
    "Get the latest figures, the minister told officials, before the budget vote on Friday.",
    "Posted guards stood outside the embassy.",
    "Officials continue reading the documents.",
    "Users who subscribe to the service pay $10 a month.",
    "John Smith is the editor of the regional paper that first published the letters.",
    "Key Takeaways From the Summit in Geneva",
    "The source said the talks would resume next week.",
    "Health officials said 12 people were treated at the scene.",
    "In a video posted online, the mayor said:",
    "Local officials closed the road",
    "The views of the two governments do not differ much, she said on Monday after the talks.",
    "Details of the new rules are posted at https://example.gov/rules, the agency said.",
    "The measure passed with 9 of 12 votes.",
    "Volunteers from three churches contributed.",
    "WASHINGTON (AP) —",
    "Residents were told to report any damage to the city.",
    "Officials said they would sign up volunteers here and in two other towns.",
    "The NATO and EU leaders met in Brussels.",
  ])("leaves article text alone: %s", (text) => {
    expect(matchClutter(text)).toBeUndefined();
  });
});

describe("captions and credits", () => {
  it.each(["Photo: Jane Doe/Reuters", "Jane Doe / Getty Images", "Yasin Akgul/AFP/Getty Images", "© Jane Doe/Agency", "(AP Photo/Jane Doe)", "Getty Images", "The Associated Press"])(
    "credit line: %s",
    (text) => expect(matchCredit(text)).toBe("photo credit"),
  );

  it.each([
    "Journalists work outside the residence in Istanbul, Turkey, Thursday, Feb. 27, 2025. (AP Photo/Jane Doe)",
    "The president speaks at the White House on March 3, 2024. (Photo by Jane Doe/Getty Images)",
    "The delegation leaves the residence in Istanbul. Jane Doe / Agency",
    "Lawmakers arrive at the Capitol. Photo: Jane Doe/Reuters",
    "FILE - Trucks wait at the border crossing on Nov. 20, 2023.",
    "A handout photo released by the coast guard shows the damaged ferry in port, 3 May 2024.",
    "Photos taken with a drone show the flooded valley.",
    "Rescuers search the rubble in the old town. ( Reuters: Jane Doe )",
    "Firefighters at the scene on Monday, 3 May 2024. EPA-EFE/JANE DOE",
    "Firefighters at the scene on Monday. EPA-EFE/JANE DOE HANDOUT EDITORIAL USE ONLY/NO SALES",
    "Image caption, Rescuers search the rubble of the station",
  ])("caption: %s", (text) => expect(isCaption(text)).toBe(true));

  it("does not take a sentence with a slash for a caption", () => {
    expect(isCaption("The U.S./Russia talks lasted six hours, officials said.")).toBe(false);
    expect(matchCredit("Talks resumed in Istanbul and Riyadh.")).toBeUndefined();
    expect(isCaption("Inflation rose to 3.1 percent in March, the highest in a year. (Source: Labor Department)")).toBe(false);
  });
});

describe("shape", () => {
  it("tells headlines from sentences", () => {
    expect(isTitleLike("Russia offers to restore direct air links with the US, during Istanbul talks")).toBe(true);
    expect(isTitleLike("Gay Marriages Get Recognition From the I.R.S.")).toBe(true);
    expect(isTitleLike("Did the Talks Work? Officials Disagree")).toBe(true);
    expect(isTitleLike("The talks ended. Officials left")).toBe(false);
    expect(isTitleLike("Russia has offered the United States to restore direct air links.")).toBe(false);
  });

  it("hears the page address the reader, but not a quote doing so", () => {
    expect(addressesReader("Your support makes a difference.")).toBe(true);
    expect(addressesReader("“We will win,” he said.")).toBe(false);
    expect(addressesReader("US officials met Russian diplomats.")).toBe(false);
  });
});

describe("runs", () => {
  it("scores furniture up and attributed article text down", () => {
    expect(scoreBlock({ text: "Newsletter", match: { reason: "newsletter sign-up", kind: "page" } })).toBe(5);
    expect(scoreBlock({ text: "Before you trade, you'll want to hear this." })).toBeGreaterThan(0);
    expect(scoreBlock({ text: "The ministry said the talks were long and had produced a plan." })).toBe(-5);
  });

  it("never extends a run over an attributed paragraph", () => {
    const page = { reason: "newsletter sign-up", kind: "page" as const };
    const blocks = [
      { text: "The ministry said the talks were long and had produced a plan." },
      { text: "Sign up", match: page },
      { text: "Our weekly letter is the best way to follow the talks." },
      { text: "The embassy said it would reopen its consular section next week." },
      { text: "Newsletter", match: page },
      { text: "Monthly" },
    ];
    expect(findTailRun(blocks, 0)).toEqual([4, 5]);
  });
});

describe("letterRegExp", () => {
  it("reads \\p{Lu}, \\p{Ll}, \\p{L} in and outside classes, with accents, Greek and Cyrillic", () => {
    const name = letterRegExp(String.raw`^\p{Lu}[\p{Ll}'-]+$`);
    expect(["Ólafur", "Łukasz", "Σοφία", "Дарчиев"].every((n) => name.test(n))).toBe(true);
    expect(name.test("darchiev")).toBe(false);
    expect(letterRegExp(String.raw`^[^\p{L}\p{N}]+$`).test(")")).toBe(true);
    expect(letterRegExp(String.raw`^[^\p{L}\p{N}]+$`).test("é")).toBe(false);
  });
});
