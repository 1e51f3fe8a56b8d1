import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ButtonLink } from "@/components/ui/button";
import { currentActor } from "@/lib/auth/page";
import { hasRole } from "@/lib/auth/roles";

/** Links follow the role (the server refuses the rest anyway); nothing but the name when signed out. */
export async function SiteHeader() {
  const actor = await currentActor();
  return (
    <header className="border-b border-zinc-200 bg-white">
      <div className="flex items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-zinc-900">
          Parallax
        </Link>
        {actor && (
          <nav aria-label="Main" className="flex flex-wrap items-center gap-2">
            {hasRole(actor.role, "admin") && (
              <ButtonLink href="/users" variant="ghost" size="sm">
                Users
              </ButtonLink>
            )}
            {hasRole(actor.role, "editor") && (
              <ButtonLink href="/new" variant="secondary" size="sm">
                New comparison
              </ButtonLink>
            )}
            <span className="text-sm text-zinc-700" data-signed-in-as>
              {actor.name} <span className="text-zinc-500">({actor.role})</span>
            </span>
            {actor.via === "session" && <SignOutButton />}
          </nav>
        )}
      </div>
    </header>
  );
}
