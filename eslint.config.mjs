import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const eslintConfig = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "tests/.artifacts/**",
      "next-env.d.ts",
    ],
  },
  {
    // Imports flow one way: app -> components -> lib.
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["@/app/*", "@/components/*"], message: "lib must not import from app or components." }],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*"], message: "components must not import from app." }] },
      ],
    },
  },
  {
    // Chart components take plain arrays; they never reach the database.
    files: ["components/charts/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*"], message: "components must not import from app." },
            {
              group: ["@/lib/db", "@/lib/db/*", "@/lib/data/*", "@/lib/generated/*"],
              message: "Chart components take plain data.",
            },
          ],
        },
      ],
    },
  },
];

export default eslintConfig;
