// Runs once when the Next.js server starts. The work itself lives in a Node-only module.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { bootServer } = await import("./lib/boot");
    await bootServer();
  }
}
