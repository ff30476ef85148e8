import type { ReactNode } from "react";

/** A page's title block: serif title, optional Chinese name, eyebrow and lead line. */
export function PageHeader({
  eyebrow,
  title,
  titleZh,
  children,
  actions,
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  titleZh?: string | null;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="grid gap-2">
      {eyebrow ? <div className="text-xs font-medium tracking-wide text-ink-muted uppercase">{eyebrow}</div> : null}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="font-serif text-3xl leading-tight font-semibold tracking-tight text-ink sm:text-4xl">
          {title}
          {titleZh ? (
            <span lang="zh" className="ml-3 inline-block font-serif text-2xl font-normal text-ink-muted sm:text-3xl">
              {titleZh}
            </span>
          ) : null}
        </h1>
        {actions}
      </div>
      {children ? <div className="max-w-3xl text-base text-ink-muted">{children}</div> : null}
    </header>
  );
}
