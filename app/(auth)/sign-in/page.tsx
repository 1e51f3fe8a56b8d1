import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentActor } from "@/lib/auth/page";
import { ensureAdminFromEnvironment, userCount } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Sign in" };

/** Only paths of this app: `next` must not send a signed-in person to another site. */
function safeNext(value: string | string[] | undefined): string {
  const next = typeof value === "string" ? value : "/";
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

export default async function SignInPage(props: PageProps<"/sign-in">) {
  const next = safeNext((await props.searchParams).next);
  await ensureAdminFromEnvironment();
  if ((await userCount()) === 0) redirect("/setup");
  if (await currentActor()) redirect(next);
  return (
    <AuthCard title="Sign in" intro="Parallax is shared by your newsroom: sign in with the account an admin made for you.">
      <SignInForm next={next} />
    </AuthCard>
  );
}
