import { Alert } from "@/components/ui/alert";

/** Tells the reader which parts of the address were ignored, and why. */
export function ParamIssues({
  issues,
  heading = "Some of the address could not be used:",
}: {
  issues: string[];
  /** The alert's first line, in the page's language. */
  heading?: string;
}) {
  if (issues.length === 0) return null;
  return (
    <Alert variant="warning" data-testid="param-issues">
      <p className="font-medium">{heading}</p>
      <ul className="mt-1 list-disc pl-5">
        {issues.map((issue) => (
          <li key={issue}>{issue}</li>
        ))}
      </ul>
    </Alert>
  );
}
