"use client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export default function AdminError({ reset }: { error: Error; reset: () => void }) {
  return (
    <Alert variant="error" className="grid gap-3">
      <p>This admin page could not be shown. Nothing was changed.</p>
      <div>
        <Button variant="outline" size="sm" onClick={reset}>
          Try again
        </Button>
      </div>
    </Alert>
  );
}
