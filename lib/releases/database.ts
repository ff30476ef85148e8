import type { AppTransaction } from "../db/connection";

/** A release is read and written inside one transaction: the CLI's, or the admin action's. */
export type ReleaseDb = AppTransaction;
