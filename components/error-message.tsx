"use client";

import { Button, ButtonLink } from "@/components/ui/button";

/**
 * What an editor sees when a page fails: a plain sentence and a way out. The error itself stays in
 * the server log (Next sends the browser only a digest in production), so no stack trace shows here.
 */
export function ErrorMessage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;
  return (
    <div role="alert" className="mx-auto w-full max-w-2xl px-4 py-16 text-center sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">Something went wrong</h1>
      <p className="mt-3 text-zinc-700">
        Parallax could not show this page. Your saved comparisons are safe; the problem has been logged on the server.
      </p>
      {digest && <p className="mt-2 text-sm text-zinc-600">Reference: {digest}</p>}
      <div className="mt-6 flex justify-center gap-3">
        <Button variant="primary" onClick={() => retry()}>
          Try again
        </Button>
        <ButtonLink href="/">All comparisons</ButtonLink>
      </div>
    </div>
  );
}
