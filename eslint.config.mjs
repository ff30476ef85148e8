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
  // Which folder may import which, and import cycles, are checked by dependency-cruiser
  // (.dependency-cruiser.cjs), the second half of `npm run lint`.
];

export default eslintConfig;
