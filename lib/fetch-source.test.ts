import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedHosts, blockedAddress, hostKey } from "@/lib/address-guard";
import { fetchSource, type FetchLimits } from "@/lib/fetch-source";
import { HttpInputError } from "@/lib/limits";

describe("blockedAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.5.4", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.1.1", "carrier-grade NAT"],
    ["169.254.169.254", "link-local (cloud metadata)"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["::1", "IPv6 loopback"],
    ["::", "IPv6 unspecified"],
    ["fe80::1", "IPv6 link-local"],
    ["fe80::1%eth0", "IPv6 link-local with a zone"],
    ["fc00::1", "IPv6 unique local"],
    ["fd12:3456::7", "IPv6 unique local"],
    ["ff02::1", "IPv6 multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback, hex"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
    ["64:ff9b::a9fe:a9fe", "NAT64 of link-local"],
    ["2002:c0a8:101::1", "6to4 of a private address"],
    ["not an address", "not an address"],
  ])("refuses %s (%s)", (address) => {
    expect(blockedAddress(address)).toBe(true);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2a00:1450:4001:80b::200e"])("lets the public address %s through", (address) => {
    expect(blockedAddress(address)).toBe(false);
  });
});

describe("allow-list", () => {
  it("reads host:port entries, case and spaces aside, and keys URLs with their default port", () => {
    expect(allowedHosts(" Intranet.Example:443, 127.0.0.1:4100 ,,")).toEqual(new Set(["intranet.example:443", "127.0.0.1:4100"]));
    expect(hostKey(new URL("https://Intranet.example/news"))).toBe("intranet.example:443");
    expect(hostKey(new URL("http://127.0.0.1/"))).toBe("127.0.0.1:80");
    expect(hostKey(new URL("http://[::1]:8080/"))).toBe("[::1]:8080");
    expect(allowedHosts("")).toEqual(new Set());
  });
});

describe("fetchSource", () => {
  const ARTICLE = "<!doctype html><html><head><title>Bridge reopens</title></head><body><p>The bridge reopened on Monday.</p></body></html>";
  let server: http.Server;
  let base: string;
  let key: string;
  const requests: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url ?? "");
      const url = new URL(req.url ?? "/", "http://x");
      if (url.pathname === "/article") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE);
      else if (url.pathname === "/gzip") res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(ARTICLE));
      else if (url.pathname === "/moved") res.writeHead(301, { location: "/article" }).end();
      else if (url.pathname === "/loop") res.writeHead(302, { location: `/loop?n=${Number(url.searchParams.get("n") ?? 0) + 1}` }).end();
      else if (url.pathname === "/to-private") res.writeHead(302, { location: url.searchParams.get("to") ?? "" }).end();
      else if (url.pathname === "/big") res.writeHead(200, { "content-type": "text/plain" }).end("x".repeat(3000));
      else if (url.pathname === "/image") res.writeHead(200, { "content-type": "image/png" }).end("png");
      else if (url.pathname === "/slow") setTimeout(() => res.writeHead(200, { "content-type": "text/plain" }).end("late"), 2000);
      else res.writeHead(404).end("nothing here");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    base = `http://127.0.0.1:${port}`;
    key = `127.0.0.1:${port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** The refusal fetchSource throws, as status and sentence. */
  async function refusal(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
    const err = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(HttpInputError);
    return { status: (err as HttpInputError).status, message: (err as Error).message };
  }

  it("refuses a server on loopback unless the allow-list names it, and names the URL", async () => {
    expect(await refusal(fetchSource(`${base}/article`, { allow: new Set() }))).toEqual({
      status: 403,
      message: `${base}/article points to a private or local address (127.0.0.1); Parallax fetches only public web pages.`,
    });
    const fetched = await fetchSource(`${base}/article`, { allow: new Set([key]) });
    expect(fetched).toMatchObject({ url: `${base}/article`, finalUrl: `${base}/article`, mediaType: "text/html" });
    expect(Buffer.from(fetched.bytes).toString()).toBe(ARTICLE);
  });

  it("refuses a name that resolves to a private address, whichever of its addresses it is", async () => {
    const resolve = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.7", family: 4 },
    ];
    expect(await refusal(fetchSource("https://news.example/story", { allow: new Set(), resolve }))).toMatchObject({
      status: 403,
      message: expect.stringContaining("https://news.example/story points to a private or local address (10.0.0.7)"),
    });
  });

  it("checks again after a redirect: an allowed page redirecting to a private address is refused", async () => {
    const target = "http://169.254.169.254/latest/meta-data/";
    expect(await refusal(fetchSource(`${base}/to-private?to=${encodeURIComponent(target)}`, { allow: new Set([key]) }))).toEqual({
      status: 403,
      message: `${base}/to-private?to=${encodeURIComponent(target)} (redirected to ${target}) points to a private or local address (169.254.169.254); Parallax fetches only public web pages.`,
    });
  });

  it("follows redirects to the final URL, and connects to the address it checked without asking DNS again", async () => {
    let lookups = 0;
    // A name only this resolver knows: had the socket resolved it again, it could not have connected.
    const resolve = async (hostname: string) => {
      lookups++;
      expect(hostname).toBe("newsroom.test");
      return [{ address: "127.0.0.1", family: 4 }];
    };
    const port = key.split(":")[1];
    const fetched = await fetchSource(`http://newsroom.test:${port}/moved`, { allow: new Set([`newsroom.test:${port}`]), resolve });
    expect(fetched.finalUrl).toBe(`http://newsroom.test:${port}/article`);
    expect(Buffer.from(fetched.bytes).toString()).toBe(ARTICLE);
    expect(lookups).toBe(2); // once per connection: the first and after the redirect
  });

  it("decompresses a gzipped page", async () => {
    expect(Buffer.from((await fetchSource(`${base}/gzip`, { allow: new Set([key]) })).bytes).toString()).toBe(ARTICLE);
  });

  it("holds to its limits: redirects, size, time", async () => {
    const tight: FetchLimits = { timeoutMs: 500, maxBytes: 1000, maxRedirects: 5 };
    const allow = new Set([key]);
    expect(await refusal(fetchSource(`${base}/loop`, { allow, limits: tight }))).toEqual({ status: 400, message: `${base}/loop redirects more than 5 times.` });
    expect(await refusal(fetchSource(`${base}/big`, { allow, limits: tight }))).toMatchObject({ status: 413, message: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/big is larger than/) });
    expect(await refusal(fetchSource(`${base}/slow`, { allow, limits: tight }))).toEqual({ status: 422, message: `${base}/slow did not answer within 0.5 s.` });
  });

  it("refuses other schemes, credentials, errors and what is not a page, each in a sentence naming the URL", async () => {
    const allow = new Set([key]);
    expect(await refusal(fetchSource("file:///etc/passwd", { allow }))).toEqual({ status: 400, message: "file:///etc/passwd is not an http or https address." });
    expect(await refusal(fetchSource("ftp://files.example/a.txt", { allow }))).toMatchObject({ status: 400 });
    expect(await refusal(fetchSource("not a url", { allow }))).toEqual({ status: 400, message: "not a url is not a web address; give one starting with https://." });
    expect(await refusal(fetchSource("https://user:secret@news.example/", { allow }))).toMatchObject({ status: 400, message: expect.stringContaining("user name or password") });
    expect(await refusal(fetchSource(`${base}/missing`, { allow }))).toEqual({ status: 422, message: `${base}/missing answered 404 Not Found; check the address.` });
    expect(await refusal(fetchSource(`${base}/image`, { allow }))).toEqual({ status: 415, message: `${base}/image is image/png, not a web page, text or PDF.` });
  });
});
