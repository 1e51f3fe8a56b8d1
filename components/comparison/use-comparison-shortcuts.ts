"use client";

import { useShortcuts } from "@/components/shortcuts/use-shortcuts";
import { SEARCH_INPUT_ID } from "./discrepancy-filters";

/** The page's own keys. Other features (review: c/d/n) call useShortcuts() and appear in "?" too. */
export function useComparisonShortcuts({ step, openHelp }: { step: (direction: 1 | -1) => void; openHelp: () => void }) {
  useShortcuts([
    { key: "j", description: "Next difference", group: "Navigation", run: () => step(1) },
    { key: "k", description: "Previous difference", group: "Navigation", run: () => step(-1) },
    {
      key: "/",
      description: "Search the differences",
      group: "Navigation",
      run: () => document.getElementById(SEARCH_INPUT_ID)?.focus(),
    },
    { key: "?", description: "Show keyboard shortcuts", group: "Help", run: openHelp },
  ]);
}
