// Runs once when the Next.js server starts. The work itself lives in Node-only modules.
export async function register() {
  // Traces go out only to a collector the operator named; without one, nothing is set up at all.
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    const { registerOTel } = await import("@vercel/otel");
    registerOTel({ serviceName: process.env.OTEL_SERVICE_NAME ?? "alumni-atlas" });
  }
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { bootServer } = await import("./lib/boot");
    await bootServer();
  }
}
