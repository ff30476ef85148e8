import { z } from "zod";

/** What the snapshot endpoint answers: the snapshot, or why not. */
export const snapshotResponseSchema = z.object({
  id: z.string().optional(),
  createdAt: z.string().optional(),
  error: z.string().optional(),
});
