import type { Metadata } from "next";
import { NotAllowed } from "@/components/auth/not-allowed";
import { UserManager } from "@/components/users/user-manager";
import { requirePageActor } from "@/lib/auth/page";
import { hasRole } from "@/lib/auth/roles";
import { listUsers } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePageActor("/users");
  if (!hasRole(actor.role, "admin")) return <NotAllowed role={actor.role} needed="admin" />;
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">Users</h1>
      <p className="mt-1 mb-6 text-sm text-zinc-700">Everyone who can sign in to this Parallax, and what their role lets them do.</p>
      <UserManager users={await listUsers()} />
    </div>
  );
}
