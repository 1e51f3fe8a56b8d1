// Every API route handler must pass the gate first: a route added without it would be open to
// anyone and to other sites. This reads the route files, so a forgotten check fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const API = path.join(process.cwd(), "app", "api");

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

describe("API routes", () => {
  const files = routeFiles(API);

  it("are found", () => expect(files.length).toBeGreaterThan(5));

  it.each(files.map((f) => [path.relative(process.cwd(), f), f]))("%s checks origin and access in every handler", (_name, file) => {
    const source = fs.readFileSync(file, "utf8");
    const handlers = [...source.matchAll(/export async function (GET|POST|PUT|PATCH|DELETE)\b[^{]*\{([\s\S]*?)\n\}/g)];
    expect(handlers.length).toBeGreaterThan(0);
    for (const [, method, body] of handlers) {
      // better-auth's GET endpoints (the session) answer for the cookie they are sent, and change nothing.
      if (file.includes("[...all]") && method === "GET") continue;
      expect(body, `${method} in ${file}`).toMatch(/\b(authorize|refuseCrossOrigin)\(request/);
    }
  });
});
