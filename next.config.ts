import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // No telemetry or font downloads: this app must build and run with no network.
  poweredByHeader: false,
  serverExternalPackages: ["jsdom", "mammoth", "playwright-core", "wink-nlp", "wink-eng-lite-web-model"],
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
