import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { FirstAdminForm } from "@/components/auth/first-admin-form";
import { ensureAdminFromEnvironment, userCount } from "@/lib/auth/users";

export const metadata: Metadata = { title: "First start" };

/** Shown only while the server has no account at all; after that, /sign-in. */
export default async function SetupPage() {
  await ensureAdminFromEnvironment();
  if ((await userCount()) > 0) redirect("/sign-in");
  return (
    <AuthCard
      title="Welcome to Parallax"
      intro="Nobody has an account on this server yet. Create the admin account: it adds the newsroom's other accounts and gives them their roles."
    >
      <FirstAdminForm />
    </AuthCard>
  );
}
