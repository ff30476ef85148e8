/** The site-wide search box: a GET form to /search, so it works without JavaScript. */
export function HeaderSearch() {
  return (
    <form method="get" action="/search" role="search" aria-label="Site" className="w-full sm:ml-auto sm:w-64">
      <label htmlFor="site-search" className="sr-only">
        Search start-ups, people, cities, investors
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        maxLength={100}
        autoComplete="off"
        placeholder="Search: 祝铭明, Rokid, 杭州…"
        className="h-9 w-full rounded-md border border-rule bg-canvas px-3 text-sm text-ink placeholder:text-ink-faint focus-visible:border-ink-faint focus-visible:bg-paper focus-visible:outline-2 focus-visible:outline-accent"
      />
    </form>
  );
}
