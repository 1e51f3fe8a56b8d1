"use client";

import { Dialog } from "@/components/ui/dialog";
import { useShortcutListings } from "@/components/shortcuts/use-shortcuts";

/** Lists every shortcut registered with useShortcuts(), grouped; features add rows by registering. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const listings = useShortcutListings();
  const groups = [...new Set(listings.map((l) => l.group))];
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      {groups.map((group) => (
        <section key={group} className="mb-4 last:mb-0">
          <h3 className="mb-1 text-sm font-semibold text-zinc-700">{group}</h3>
          <table className="w-full text-sm">
            <tbody>
              {listings
                .filter((l) => l.group === group)
                .map((l) => (
                  <tr key={l.key} className="border-t border-zinc-100">
                    <th scope="row" className="w-16 py-1.5 text-left font-normal">
                      <kbd className="rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 font-mono text-xs">{l.key}</kbd>
                    </th>
                    <td className="py-1.5">{l.description}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </Dialog>
  );
}
