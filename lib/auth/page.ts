import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { identify, type Actor } from "@/lib/auth/actor";

/** The signed-in person (or token) behind this page request; one look-up per request. */
export const currentActor = cache(async (): Promise<Actor | null> => (await identify(await headers())).actor);

/** Pages are for signed-in people: anyone else goes to the sign-in page and comes back after. */
export async function requirePageActor(path: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return actor;
}
