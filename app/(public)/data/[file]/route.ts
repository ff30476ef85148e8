import { getRelease, openReleaseBytes } from "@/lib/data/releases";

/**
 * GET /data/<release>.zip — the release's zip, streamed from the database chunk by chunk;
 * GET /data/<release>.zip.sha256 — its checksum in sha256sum's format (`sha256sum -c` checks it).
 * A release never changes, so both may be cached for good.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^(.+)\.zip(\.sha256)?$/.exec(file);
  const release = match ? await getRelease(match[1]!) : null;
  if (!match || !release) {
    return Response.json(
      { error: `No dataset release is called ${JSON.stringify(file)}. The releases are listed at /data.` },
      { status: 404 },
    );
  }
  const cacheHeaders = {
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: `"${release.sha256}"`,
  };
  if (match[2]) {
    return new Response(`${release.sha256}  ${release.name}.zip\n`, {
      headers: { ...cacheHeaders, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const chunks = await openReleaseBytes(release.name);
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      ...cacheHeaders,
      "Content-Type": "application/zip",
      "Content-Length": String(release.byteSize),
      "Content-Disposition": `attachment; filename="${release.name}.zip"`,
    },
  });
}
