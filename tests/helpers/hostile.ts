// Hostile values for the reliability suite's generated runs (fast-check), shared by the integration
// tests of the admin forms and the end-to-end run over public addresses.
import fc from "fast-check";

/** Marks a script that ran: the end-to-end run checks `window.__pwned` stays undefined. */
export const PWNED = "window.__pwned=1";

export const hostileStrings: readonly string[] = [
  // Markup and script-bearing URLs.
  `<script>${PWNED}</script>`,
  `"><img src=x onerror="${PWNED}">`,
  `'><svg onload=${PWNED}>`,
  `javascript:${PWNED}`,
  " JaVaScRiPt:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  'https://example.com/"><script>alert(1)</script>',
  // SQL and LIKE fragments.
  `'; DROP TABLE "Startup"; --`,
  "1 OR 1=1",
  "' OR ''='",
  "%",
  "_",
  "\\",
  "%00",
  // Control characters, invisible and bidirectional text.
  "\u0000",
  "a\u0000b",
  "\u0007bell",
  "\u001b[31mred",
  "\u202Eevil\u202C",
  "\u200B",
  "\uFEFF",
  // Lone surrogates, emoji, astral Chinese.
  "\uD800",
  "x\uDFFFy",
  "😀",
  "👩‍👩‍👧‍👦",
  "𠮷野家",
  // Years, amounts and ids at and past every edge.
  "0",
  "-1",
  "1899",
  "1900",
  "2100",
  "2101",
  "99999999999999999999999",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "0x10",
  "1,000",
  "12.345",
  " 42 ",
  "2147483648",
  "-2147483649",
  // Names that mean something to JavaScript.
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  // Roles and forged references.
  "admin",
  "ADMIN",
  // 10 kB.
  "x".repeat(10_240),
  "字".repeat(10_240),
];

/** One hostile value: mostly from the list, else arbitrary code points (surrogates included) or integers. */
export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 }).map(String) },
);

/** One megabyte of text, for the few places a run may afford it. */
export const megabyte = "M".repeat(1_048_576);
