import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane); @node-rs/argon2 ships
// prebuilt binaries, so nothing is compiled or downloaded at install time.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export { passwordRules } from "../validation/user";

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    // A malformed stored hash is a failed sign-in, not a crash.
    return false;
  }
}
