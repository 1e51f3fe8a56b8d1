import type { DiscrepancyItem } from "@/lib/report-view";
import { cn } from "@/components/ui/cn";
import { excerpt, joinNames } from "./wording";

/**
 * Every version's reading of one disputed fact, grouped: "North Atlantic — AP, TASS · North
 * America — Business Standard". Straight from the report's values and absent lists.
 */
export function Readings({
  item,
  nameOf,
  className,
  maxNames = 4,
  maxChars = 120,
}: {
  item: DiscrepancyItem;
  nameOf: (id: string) => string;
  className?: string;
  maxNames?: number;
  maxChars?: number;
}) {
  const omission = item.category === "omission";
  return (
    <ul className={cn("space-y-0.5 text-sm", className)} data-readings={item.id}>
      {item.values.map((v, i) => (
        <li key={i} data-reading>
          {omission ? (
            <span className="text-zinc-700">In {joinNames(v.sources.map(nameOf), maxNames)}</span>
          ) : (
            <>
              <span className="font-serif font-semibold text-zinc-950">{excerpt(v.value, maxChars) || "(nothing)"}</span>
              <span className="text-zinc-700"> — {joinNames(v.sources.map(nameOf), maxNames)}</span>
            </>
          )}
        </li>
      ))}
      {item.absent.length > 0 && (
        <li className="text-zinc-700" data-reading="absent">
          {omission ? "Missing from" : "Not stated in"} {joinNames(item.absent.map(nameOf), maxNames)}
        </li>
      )}
    </ul>
  );
}
