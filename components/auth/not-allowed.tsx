import { ButtonLink } from "@/components/ui/button";
import { refusalFor, type Role } from "@/lib/auth/roles";

/** A page the person's role does not open: the reason in a sentence and a way back. */
export function NotAllowed({ role, needed }: { role: Role; needed: Role }) {
  return (
    <div role="alert" className="mx-auto w-full max-w-2xl px-4 py-16 text-center sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">Not allowed</h1>
      <p className="mt-3 text-zinc-700">{refusalFor(role, needed)} Ask an admin if you need it.</p>
      <div className="mt-6">
        <ButtonLink href="/">All comparisons</ButtonLink>
      </div>
    </div>
  );
}
