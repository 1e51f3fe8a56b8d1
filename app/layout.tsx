import type { Metadata } from "next";
import { connection } from "next/server";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Parallax", template: "%s · Parallax" },
  description: "Compare versions of one story and see the details that conflict.",
};

export default async function RootLayout({ children }: LayoutProps<"/">) {
  // Every page is rendered per request: proxy.ts's CSP nonce must reach Next's scripts, and a page
  // prerendered at build time would carry none (its scripts would be blocked).
  await connection();
  return (
    <html lang="en" className="h-full antialiased">
      <body className="flex min-h-full flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex flex-1 flex-col focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
