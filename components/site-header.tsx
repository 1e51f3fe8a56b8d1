import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 bg-white">
      <div className="flex items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-zinc-900">
          Parallax
        </Link>
        <nav aria-label="Main">
          <ButtonLink href="/new" variant="secondary" size="sm">
            New comparison
          </ButtonLink>
        </nav>
      </div>
    </header>
  );
}
