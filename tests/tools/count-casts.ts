/**
 * Counts type assertions in the application code, per folder: `x as T` (not `as const`) and the
 * double assertion `x as unknown as T`, which says nothing the compiler can check. Tests and the
 * generated Prisma client are left out. Run: `npx tsx tests/tools/count-casts.ts [--files | --list]`
 * (`--files`: per file; `--list`: every assertion with its place).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = process.cwd();
const configPath = ts.findConfigFile(root, ts.sys.fileExists, "tsconfig.json");
if (!configPath) throw new Error("No tsconfig.json found from " + root);
const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);

const excluded = [/^tests\//, /^lib\/generated\//, /^node_modules\//, /^\.next\//];
const files = config.fileNames
  .map((file) => path.relative(root, file))
  .filter((file) => !file.endsWith(".d.ts") && !excluded.some((pattern) => pattern.test(file)));

type Count = { as: number; asUnknownAs: number };
const listing = process.argv.includes("--list");
const byFolder = new Map<string, Count>();
const byFile = new Map<string, Count>();

function isConstAssertion(node: ts.AsExpression): boolean {
  return ts.isTypeReferenceNode(node.type) && node.type.typeName.getText() === "const";
}

for (const file of files) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const count: Count = { as: 0, asUnknownAs: 0 };
  const visit = (node: ts.Node) => {
    if (ts.isTypeAssertionExpression(node)) count.as++;
    if (ts.isAsExpression(node) && !isConstAssertion(node)) {
      if (listing && !ts.isAsExpression(node.parent)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        console.log(`${file}:${line + 1}  ${node.getText().replace(/\s+/g, " ").slice(0, 120)}`);
      }
      const inner = ts.isAsExpression(node.expression) ? node.expression : null;
      if (inner && inner.type.kind === ts.SyntaxKind.UnknownKeyword) count.asUnknownAs++;
      else if (!(node.type.kind === ts.SyntaxKind.UnknownKeyword && ts.isAsExpression(node.parent))) count.as++;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (count.as + count.asUnknownAs === 0) continue;
  byFile.set(file, count);
  const folder = path.dirname(file);
  const total = byFolder.get(folder) ?? { as: 0, asUnknownAs: 0 };
  total.as += count.as;
  total.asUnknownAs += count.asUnknownAs;
  byFolder.set(folder, total);
}

const rows = [...(process.argv.includes("--files") ? byFile : byFolder)].sort(([a], [b]) => a.localeCompare(b));
const width = Math.max(6, ...rows.map(([name]) => name.length));
console.log(`${"folder".padEnd(width)}  as X  as unknown as X`);
for (const [name, count] of rows)
  console.log(`${name.padEnd(width)}  ${String(count.as).padStart(4)}  ${String(count.asUnknownAs).padStart(15)}`);
const sum = rows.reduce(
  (total, [, count]) => ({ as: total.as + count.as, asUnknownAs: total.asUnknownAs + count.asUnknownAs }),
  {
    as: 0,
    asUnknownAs: 0,
  },
);
console.log(`${"total".padEnd(width)}  ${String(sum.as).padStart(4)}  ${String(sum.asUnknownAs).padStart(15)}`);
