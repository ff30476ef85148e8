import type { ReactNode } from "react";

export function AdminPageHeader({
  title,
  description,
  actions,
  lang,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  lang?: string;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4 border-b border-rule pb-4">
      <div className="grid gap-1">
        <h1 lang={lang} className="font-serif text-2xl font-semibold tracking-tight text-ink sm:text-3xl">
          {title}
        </h1>
        {description ? <div className="text-sm text-ink-muted">{description}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}
