import "server-only";
import { createHmac } from "node:crypto";
import { createChallenge, randomInt, verifySolution } from "altcha-lib";
import type { Challenge, Solution } from "altcha-lib/types";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { getDatabase } from "../db/database";
import type { AppPrismaClient, AppTransaction } from "../db/connection";
import { parseAuthEnv, resolveAuthSecret } from "./config";

/*
 * The public forms' proof of work (ALTCHA, self-hosted: no third-party service is asked anything).
 * The server hands out a signed challenge whose answer it already knows (altcha-lib's deterministic
 * mode), the reader's browser searches for that answer in web workers, and the server checks the
 * signature, the expiry and the answer, then spends the challenge so the same answer is refused the
 * second time. A person waits about a second; a robot sending thousands of forms pays for each.
 */

export const PROOF_OF_WORK_ALGORITHM = "PBKDF2/SHA-256";
/** PBKDF2 iterations per attempt, and the range the hidden answer is drawn from. */
const COST = 1_000;
const COUNTER_RANGE = { min: 500, max: 2_500 };
const LIFETIME_SECONDS = 20 * 60;

type Secrets = { signature: string; key: string };
declare global {
  var alumniAtlasPowSecrets: Promise<Secrets> | undefined;
}

/**
 * Derived from the secret that signs session cookies (BETTER_AUTH_SECRET, or the embedded
 * database's own), so there is no second secret to configure; kept once per process because
 * development without a secret gets a random one per call.
 */
function secrets(): Promise<Secrets> {
  globalThis.alumniAtlasPowSecrets ??= (async () => {
    const env = parseAuthEnv();
    const root = env.BETTER_AUTH_SECRET ?? resolveAuthSecret(env, (await getDatabase()).target);
    const derive = (purpose: string) => createHmac("sha256", root).update(purpose).digest("hex");
    return { signature: derive("altcha-challenge-signature"), key: derive("altcha-key-signature") };
  })();
  return globalThis.alumniAtlasPowSecrets;
}

/** A new signed challenge for the widget. `counter` is for tests that need a quick one. */
export async function createProofOfWorkChallenge(options: { counter?: number; now?: number } = {}): Promise<Challenge> {
  const { signature, key } = await secrets();
  const now = options.now ?? Date.now();
  return createChallenge({
    algorithm: PROOF_OF_WORK_ALGORITHM,
    cost: COST,
    counter: options.counter ?? randomInt(COUNTER_RANGE.max, COUNTER_RANGE.min),
    deriveKey,
    expiresAt: Math.floor(now / 1000) + LIFETIME_SECONDS,
    hmacSignatureSecret: signature,
    hmacKeySignatureSecret: key,
  });
}

export type ProofOfWorkRefusal = "missing" | "malformed" | "expired" | "invalid" | "replayed";

export type ProofOfWork =
  { ok: true; challengeId: string; expiresAt: Date } | { ok: false; reason: ProofOfWorkRefusal; message: string };

const MESSAGES: Record<ProofOfWorkRefusal, string> = {
  missing:
    "Nothing was sent: the anti-robot check has not run. Tick “I'm not a robot” and wait for the tick, then send again.",
  malformed: "Nothing was sent: the anti-robot check's answer could not be read. Reload the page and try again.",
  expired: "Nothing was sent: the anti-robot check expired (it lasts 20 minutes). Tick it again, then send.",
  invalid: "Nothing was sent: the anti-robot check's answer is not valid. Tick it again, then send.",
  replayed:
    "Nothing was sent: this anti-robot check was already used for another submission. Tick it again, then send.",
};

function refuse(reason: ProofOfWorkRefusal): ProofOfWork {
  return { ok: false, reason, message: MESSAGES[reason] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The widget's field: base64 of JSON { challenge, solution }. */
function decodePayload(value: string): { challenge: Challenge; solution: Solution } | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64").toString("utf8"));
    if (!isObject(parsed) || !isObject(parsed.challenge) || !isObject(parsed.solution)) return null;
    const parameters = parsed.challenge.parameters;
    if (!isObject(parameters) || typeof parameters.nonce !== "string") return null;
    if (parameters.algorithm !== PROOF_OF_WORK_ALGORITHM) return null;
    if (typeof parsed.solution.counter !== "number") return null;
    return { challenge: parsed.challenge as unknown as Challenge, solution: parsed.solution as unknown as Solution };
  } catch {
    return null;
  }
}

/**
 * Checks a solved challenge without spending it: the signature (so the challenge is ours and its
 * parameters untouched), the expiry and the answer. Spend it with `spendProofOfWork` in the
 * transaction that writes, so a refused write leaves the challenge usable.
 */
export async function checkProofOfWork(payload: string | null | undefined): Promise<ProofOfWork> {
  if (!payload || payload.trim() === "") return refuse("missing");
  if (payload.length > 10_000) return refuse("malformed");
  const decoded = decodePayload(payload.trim());
  if (!decoded) return refuse("malformed");
  const { signature, key } = await secrets();
  let result;
  try {
    result = await verifySolution({
      challenge: decoded.challenge,
      solution: decoded.solution,
      deriveKey,
      hmacSignatureSecret: signature,
      hmacKeySignatureSecret: key,
    });
  } catch {
    return refuse("malformed");
  }
  if (result.expired) return refuse("expired");
  if (!result.verified) return refuse("invalid");
  const expiresAtSeconds = decoded.challenge.parameters.expiresAt;
  return {
    ok: true,
    challengeId: decoded.challenge.parameters.nonce,
    expiresAt: new Date((expiresAtSeconds ?? Math.floor(Date.now() / 1000) + LIFETIME_SECONDS) * 1000),
  };
}

/**
 * Marks a checked challenge as used, inside the caller's transaction; false when it already was
 * (a replay). The insert is the check, so two parallel submissions of one answer cannot both pass.
 */
export async function spendProofOfWork(
  tx: AppTransaction | AppPrismaClient,
  proof: { challengeId: string; expiresAt: Date },
  now: Date = new Date(),
): Promise<boolean> {
  await tx.proofOfWorkUse.deleteMany({ where: { expiresAt: { lt: now } } });
  const inserted = await tx.$executeRaw`
    INSERT INTO "ProofOfWorkUse" ("challengeId", "expiresAt") VALUES (${proof.challengeId}, ${proof.expiresAt})
    ON CONFLICT ("challengeId") DO NOTHING`;
  return inserted === 1;
}

export const replayedProofOfWork = MESSAGES.replayed;
