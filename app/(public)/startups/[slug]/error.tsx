"use client";

import { SegmentError } from "@/components/layout/segment-error";

export default function StartupError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <SegmentError error={error} reset={reset} what="start-up profile" />;
}
