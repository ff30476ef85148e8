import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import type { ReactElement } from "react";

type StaticMarkupRenderer = (element: ReactElement) => string;
let renderer: StaticMarkupRenderer | null = null;

/**
 * React's own static renderer. Pages and route handlers are bundled for the server-components
 * environment, where `react-dom/server` refuses to load; Node's resolver loads it at run time instead.
 * The trees it renders are plain elements and hook-free components (the chart drawings, the chart
 * embed's ChartFigure with `interactive={false}`), so it does not matter which copy of React created them.
 */
export function renderToStaticMarkup(element: ReactElement): string {
  if (!renderer) {
    const load = createRequire(path.join(process.cwd(), "package.json"));
    const specifier = ["react-dom", "server"].join("/");
    renderer = (load(specifier) as { renderToStaticMarkup: StaticMarkupRenderer }).renderToStaticMarkup;
  }
  return renderer(element);
}
