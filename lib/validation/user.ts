import { z } from "zod";

export const passwordRules = { min: 12, max: 128 } as const;

const password = z
  .string({ error: "is required" })
  .min(passwordRules.min, `must be at least ${passwordRules.min} characters`)
  .max(passwordRules.max, `must be at most ${passwordRules.max} characters`);

const role = z.enum(["admin", "editor"], { error: "must be admin or editor" });

export const newAccountSchema = z.object({
  email: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z.email("must be an email address").max(254, "is too long"),
  ),
  password,
  name: z.string({ error: "is required" }).trim().min(1, "is required").max(120, "must be at most 120 characters"),
  role,
});

// Account ids are the auth library's random strings; anything else is refused before a query.
const userId = z.string({ error: "is missing" }).regex(/^[A-Za-z0-9_-]{8,64}$/, "is not an account id");

export const userRoleSchema = z.object({ userId, role });
export const userTargetSchema = z.object({ userId });
export const userPasswordSchema = z.object({ userId, password });
export const userBanSchema = z.object({
  userId,
  reason: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null),
    z.string().max(300, "must be at most 300 characters").nullable(),
  ),
});
