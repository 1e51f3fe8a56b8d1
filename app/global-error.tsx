"use client";

import { ErrorMessage } from "@/components/error-message";
import "./globals.css";

/** Replaces the root layout when the layout itself fails, so it brings its own html and body. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="font-sans">
        <title>Something went wrong · Parallax</title>
        <main>
          <ErrorMessage error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
