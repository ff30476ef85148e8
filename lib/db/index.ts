import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { connection } from "next/server";
import { noteUncachedRead } from "../observability/context";
import type { AppPrismaClient } from "./connection";
import { getDatabase } from "./database";
import { runOnPrimary } from "./replicas";

/** Set while a cached read computes its value (lib/data/cached-read.ts). */
const cachedReads = new AsyncLocalStorage<true>();

/**
 * Runs `read` as the body of a framework cache entry: getPrisma() then does not mark the render
 * dynamic. Cache fills read the primary: an entry is kept until the next write invalidates it, so
 * one filled from a lagging replica would outlive the write it missed.
 */
export function runCachedRead<T>(read: () => Promise<T>): Promise<T> {
  return cachedReads.run(true, () => runOnPrimary(read));
}

/** Whether this code runs inside a cached read (a nested cached read then reads directly). */
export function insideCachedRead(): boolean {
  return cachedReads.getStore() === true;
}

/** Set while a streamed download reads its next batch (openStreamedReads). */
const streamedReads = new AsyncLocalStorage<true>();

/**
 * For a download streamed batch by batch: call it while the request is handled (it marks the
 * response dynamic, once), then run each batch's read through the function it returns. A streamed
 * body's pull() runs after the request's scope has ended, where `connection()` throws: without this,
 * a download read page by page stopped after its first page (issue 8, item 1).
 */
export async function openStreamedReads(): Promise<<T>(read: () => Promise<T>) => Promise<T>> {
  await connection();
  noteUncachedRead();
  return (read) => streamedReads.run(true, read);
}

/** Whether this code reads a streamed download's batch (a cached read then reads directly, uncached). */
export function insideStreamedRead(): boolean {
  return streamedReads.getStore() === true;
}

/**
 * The app's entry to the database (scripts and instrumentation import ./database directly).
 * Reading the database makes a render dynamic: pages always show the data as it is now, and
 * `next build` never opens the database. Inside a cached read the caller has already done so
 * (Next refuses `connection()` inside a cache entry).
 */
export async function getPrisma(): Promise<AppPrismaClient> {
  if (!cachedReads.getStore() && !streamedReads.getStore()) {
    await connection();
    // What the request renders then depends on more than its cached reads' tags: it is never kept.
    noteUncachedRead();
  }
  return (await getDatabase()).prisma;
}
