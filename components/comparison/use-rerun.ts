"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

export interface RerunRequest {
  primary?: string;
  restore?: string[];
}

/**
 * Re-runs the engine on the server with another primary or a block put back, then refreshes the
 * page's server data so the new report renders. Errors come back as the API's sentence.
 */
export function useRerun(comparisonId: string) {
  const router = useRouter();
  const [running, setRunning] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [error, setError] = useState<string | null>(null);

  async function rerun(request: RerunRequest) {
    setRunning(true);
    setError(null);
    try {
      const response = await fetch(`/api/comparisons/${encodeURIComponent(comparisonId)}/rerun`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(request),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        setError(body?.error ?? "The comparison could not be re-run. Please try again.");
        return;
      }
      startRefresh(() => router.refresh());
    } catch {
      setError("Parallax could not reach the server. Check the connection and try again.");
    } finally {
      setRunning(false);
    }
  }

  return { rerun, busy: running || refreshing, error };
}
