import { headers } from "next/headers";
import { createProofOfWorkChallenge } from "@/lib/auth/proof-of-work";
import { rateLimitHeaders } from "@/lib/data/rate-limit";
import { consumeChallengeAllowance } from "@/lib/data/suggestions";
import { clientAddress } from "@/lib/security/client-address";

/** A fresh proof-of-work challenge for the public suggestion forms' ALTCHA widget. */
export async function GET() {
  const decision = await consumeChallengeAllowance(clientAddress(await headers()));
  const limitHeaders = { ...rateLimitHeaders(decision), "Cache-Control": "no-store" };
  if (!decision.allowed) {
    return Response.json(
      { error: `Too many anti-robot checks from this connection; try again in ${decision.resetSeconds} seconds.` },
      { status: 429, headers: limitHeaders },
    );
  }
  return Response.json(await createProofOfWorkChallenge(), { headers: limitHeaders });
}
