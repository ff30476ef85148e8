import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// Retained memory, not garbage awaiting collection: collect before each reading.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** Heap and array buffers still in use after a full collection, for bounded-memory assertions. */
export function retainedBytes(): number {
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}
