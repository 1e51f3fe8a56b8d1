import { BlockList, isIP } from "node:net";

/**
 * Which addresses the server may fetch from on a user's behalf. A URL must not reach the machine
 * itself or the network it sits in (SSRF): loopback, private, link-local, multicast, unspecified
 * and other reserved ranges, in IPv4 and IPv6, are refused. IPv6 forms that carry an IPv4 address
 * (mapped, NAT64, 6to4) are judged by the IPv4 address inside.
 */

const BLOCKED = new BlockList();
const V4: Array<[string, number]> = [
  ["0.0.0.0", 8], // "this network", unspecified
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (cloud metadata lives here)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];
const V6: Array<[string, number]> = [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local (private)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
];
for (const [net, prefix] of V4) BLOCKED.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of V6) BLOCKED.addSubnet(net, prefix, "ipv6");

/** True when the address may not be fetched from: anything but a public unicast address. */
export function blockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, "ipv4");
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  const embedded = embeddedIpv4(address);
  if (embedded) return BLOCKED.check(embedded, "ipv4");
  return BLOCKED.check(address, "ipv6");
}

/** The IPv4 address inside ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::/96 (NAT64) or 2002::/16 (6to4). */
function embeddedIpv4(address: string): string | undefined {
  const words = expandIpv6(address);
  if (!words) return undefined;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  const zeros = (from: number, to: number) => words.slice(from, to).every((w) => w === 0);
  if (zeros(0, 5) && (words[5] === 0xffff || (words[5] === 0 && (words[6] !== 0 || words[7] > 1)))) return v4(words[6], words[7]);
  if (words[0] === 0x64 && words[1] === 0xff9b && zeros(2, 6)) return v4(words[6], words[7]);
  if (words[0] === 0x2002) return v4(words[1], words[2]);
  return undefined;
}

/** "::ffff:127.0.0.1" → eight 16-bit words; undefined when it cannot be read. */
function expandIpv6(address: string): number[] | undefined {
  let text = address.toLowerCase().replace(/%.*$/, "");
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1].split(".").map(Number);
    text = text.slice(0, dotted.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const words = [...left, ...Array(Math.max(fill, 0)).fill("0"), ...right].map((w) => parseInt(w || "0", 16));
  return words.length === 8 && words.every((w) => w >= 0 && w <= 0xffff) ? words : undefined;
}

/**
 * `PARALLAX_FETCH_ALLOW_HOSTS="intranet.example:443,127.0.0.1:4100"`: hosts (with their port) that
 * may be fetched from although they resolve to a refused address, such as an intranet or a test's
 * own server. Nothing is allowed unless listed.
 */
export function allowedHosts(value = process.env.PARALLAX_FETCH_ALLOW_HOSTS ?? ""): Set<string> {
  return new Set(
    value
      .split(",")
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean),
  );
}

/** The allow-list key of a URL's host: "host:port", IPv6 literals in brackets, the default port filled in. */
export function hostKey(url: URL): string {
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `${url.hostname.toLowerCase()}:${port}`;
}
