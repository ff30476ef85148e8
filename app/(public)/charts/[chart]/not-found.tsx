import Link from "next/link";
import { CHART_KEYS } from "@/lib/charts/definition";
import { CHARTS } from "@/lib/data/charts/registry";

export default function ChartNotFound() {
  return (
    <div className="grid gap-4">
      <h1 className="font-serif text-3xl font-semibold tracking-tight">No such chart</h1>
      <p className="text-ink-muted">The address does not match any chart. These are the charts there are:</p>
      <ul className="grid gap-1">
        {CHART_KEYS.map((key) => (
          <li key={key}>
            <Link className="underline underline-offset-2" href={`/charts/${key}`}>
              {CHARTS[key].definition.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
