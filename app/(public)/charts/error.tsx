"use client";

import { Button } from "@/components/ui/button";

export default function ChartsError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="grid gap-3" role="alert">
      <h1 className="font-serif text-2xl font-semibold">The chart could not be drawn</h1>
      <p className="text-ink-muted">Something went wrong while reading the data. Try again in a moment.</p>
      <Button variant="outline" className="justify-self-start" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
