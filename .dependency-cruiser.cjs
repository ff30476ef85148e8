// The import rules, run by `npm run lint` (depcruise, after ESLint). Two kinds of mistake fail it:
// an import cycle (type-only imports included) and an import against the layer order below.
// README.md's "Layout" table says the same in words: change both together.

/** The project's folders, top to bottom. The patterns do not overlap. */
const groups = {
  app: "^app/",
  entry: "^(instrumentation|instrumentation-client|proxy|server)[.]ts$|^lib/boot[.]ts$|^lib/server/",
  "components/ui": "^components/ui/",
  "components/charts": "^components/charts/",
  components: "^components/(?!ui/|charts/)",
  "lib/actions": "^lib/actions/",
  // Server helpers for route segments that answer with Next.js's navigation (a former slug's redirect).
  "lib/routing": "^lib/routing/",
  "lib/data": "^lib/data/",
  // Dataset releases: written by `npm run release` and the admin's action, so below both (no server-only).
  "lib/releases": "^lib/releases/",
  // roles.ts is plain data (role names, who may do what), so it is "base": the data layer may name a role.
  "lib/auth": "^lib/auth/(?!roles[.]ts$)",
  "lib/db": "^lib/db/",
  // Server-side images: the export font cut to size (harfbuzz), the Open Graph card.
  "lib/images": "^lib/images/",
  // Logs, metrics and the request's id: server-side, below everything that runs on the server.
  "lib/observability": "^lib/observability/",
  // The seed loader belongs to the scripts, but the embedded database also seeds itself on first start.
  "prisma/seed/load": "^prisma/seed/load[.]ts$",
  prisma: "^prisma/(?!seed/load[.]ts$)",
  // Plain TypeScript under everything that reaches the database: safe in the browser, testable alone.
  base: [
    "^lib/(validation|forms|format|charts|export|import|text|history|sources|security|api|network|i18n)/",
    "^lib/(env|errors|labels|pagination|urls|utils)[.]ts$",
    "^lib/auth/roles[.]ts$",
  ].join("|"),
  // The generated enums are plain objects; the rest of the generated code is the database client.
  "prisma enums": "^lib/generated/prisma/enums[.]ts$",
  "prisma client": "^lib/generated/(?!prisma/enums[.]ts$)",
  tests: "^tests/",
};

/** What each group may import besides itself, npm packages and Node's own modules. Tests may import anything. */
const mayImport = {
  app: [
    "components/ui",
    "components/charts",
    "components",
    "lib/actions",
    "lib/routing",
    "lib/data",
    "lib/auth",
    "lib/observability",
    "lib/images",
    "base",
    "prisma enums",
  ],
  entry: ["lib/db", "lib/auth", "lib/observability", "base", "prisma enums", "prisma client"],
  "components/ui": ["base"],
  "components/charts": ["components/ui", "base", "prisma enums"],
  components: ["components/ui", "components/charts", "lib/actions", "lib/data", "lib/auth", "base", "prisma enums"],
  "lib/actions": [
    "lib/data",
    "lib/releases",
    "lib/auth",
    "lib/db",
    "lib/observability",
    "base",
    "prisma enums",
    "prisma client",
  ],
  "lib/routing": ["lib/data", "lib/observability", "base", "prisma enums"],
  "lib/data": ["lib/releases", "lib/db", "lib/observability", "base", "prisma enums", "prisma client"],
  "lib/releases": ["lib/db", "base", "prisma enums", "prisma client"],
  "lib/auth": ["lib/db", "lib/observability", "base", "prisma enums", "prisma client"],
  "lib/db": ["prisma/seed/load", "lib/observability", "base", "prisma enums", "prisma client"],
  "prisma/seed/load": ["lib/db", "base", "prisma enums", "prisma client"],
  prisma: [
    "prisma/seed/load",
    "lib/releases",
    "lib/db",
    "lib/auth",
    "lib/observability",
    "base",
    "prisma enums",
    "prisma client",
  ],
  "lib/observability": ["base"],
  "lib/images": ["base"],
  base: ["prisma enums"],
};

const layerRules = Object.entries(mayImport).map(([group, allowed]) => ({
  name: `layer ${group}`,
  severity: "error",
  comment: `${group} may import only ${[group, ...allowed].join(", ")} and packages (README.md, Layout).`,
  from: { path: groups[group] },
  to: {
    path: Object.keys(groups)
      .filter((name) => name !== group && !allowed.includes(name))
      .map((name) => groups[name]),
  },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "Modules that import each other, directly or round a loop (type-only imports count): move what both " +
        "need into a module below them.",
      from: {},
      to: { circular: true },
    },
    {
      name: "layer unknown",
      severity: "error",
      comment: "Every module under lib/ belongs to a group in .dependency-cruiser.cjs and a row of README.md's Layout.",
      from: { path: "^lib/", pathNot: Object.values(groups) },
      to: {},
    },
    ...layerRules,
  ],
  options: {
    // A type-only import is a dependency too: a type-only cycle or upward import is the same tangle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: ["node_modules", "^lib/generated/"] },
    exclude: { path: ["^[.]next/", "node_modules/"] },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
