/** Superscript footnote markers linking to the numbered source list on the same page. */
export function Footnotes({ numbers, className }: { numbers: number[]; className?: string }) {
  if (numbers.length === 0) return null;
  return (
    <sup className={className ?? "ml-0.5 text-[0.7em] font-normal"}>
      {numbers.map((number, index) => (
        <span key={number}>
          {index > 0 ? "," : null}
          <a
            href={`#source-${number}`}
            className="text-tracked no-underline hover:underline"
            aria-label={`Source ${number}`}
            data-footnote={number}
          >
            {number}
          </a>
        </span>
      ))}
    </sup>
  );
}
