"use client";

import { useEffect, useState } from "react";
import { plural } from "@/components/plural";

/** Shown while the server reads, aligns and compares: the work takes seconds, not a blink. */
export function SubmitProgress({ sourceCount }: { sourceCount: number }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = window.setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div role="status" className="flex items-center gap-3 text-sm text-zinc-800">
      <progress aria-label="Comparing the sources" className="h-2 w-40 accent-blue-700" />
      <span>
        Comparing {plural(sourceCount, "source")}… {seconds > 0 && `${seconds} s`}
      </span>
    </div>
  );
}
