"use server";
import { headers } from "next/headers";
import { createDatasetRelease, type CreatedRelease } from "@/lib/releases/write";
import type { FormState } from "@/lib/forms/form-state";
import { defineFormAction } from "./safe-action";

/** The public origin for the release's citation: SITE_URL when set, else the address the admin used. */
async function siteUrl(): Promise<string> {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}

// Admins only. The release is written inside the action's transaction (the same one that claims the
// submission key), so a double click makes one release and a failure leaves none. The release row
// itself records who made it and when, and cannot be changed or deleted afterwards.
const create = defineFormAction<Record<string, never>, CreatedRelease>({
  role: "admin",
  parse: () => ({ success: true, data: {} }),
  async write({ tx, user }) {
    const release = await createDatasetRelease({
      db: tx,
      actor: { id: user.id, name: user.name || user.email },
      siteUrl: await siteUrl(),
    });
    console.info({ release: release.name, sha256: release.sha256, by: user.id }, "dataset release published");
    return release;
  },
  revalidate: () => ["/data", "/admin/releases"],
  message: (release) =>
    `Published ${release.name} (${release.changeCounts.added} added, ${release.changeCounts.changed} changed, ${release.changeCounts.removed} removed).`,
  once: "releases:create",
  recordId: (release) => release.name,
});

export async function createReleaseAction(previous: FormState, formData: FormData): Promise<FormState> {
  return create(previous, formData);
}
