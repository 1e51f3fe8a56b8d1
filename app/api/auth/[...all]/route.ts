import { auth } from "@/lib/auth/better-auth";
import { refuseCrossOrigin } from "@/lib/auth/access";
import { clientAddress, recordFailedSignIn, signInBlockedFor, tooManySignIns } from "@/lib/auth/sign-in-limit";

export const runtime = "nodejs";

/** better-auth's own endpoints (sign-in, sign-out, session), behind our origin check and sign-in limit. */
export async function GET(request: Request) {
  return auth.handler(request);
}

export async function POST(request: Request) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  if (!new URL(request.url).pathname.endsWith("/sign-in/email")) return auth.handler(request);

  const address = clientAddress(request.headers);
  const email = await request
    .clone()
    .json()
    .then((body: { email?: unknown }) => (typeof body?.email === "string" ? body.email : ""))
    .catch(() => "");
  const wait = signInBlockedFor(address, email);
  if (wait) return tooManySignIns(wait);
  const response = await auth.handler(request);
  if (response.status === 401) recordFailedSignIn(address, email);
  return response;
}
