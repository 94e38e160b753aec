import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * The size budget, checked after every build: the script-tag bundle, and each npm entry with
 * every chunk it loads (Lit and the other dependencies are the host's, so not counted). Over
 * budget fails the build. Budgets are gzip bytes, in package.json's `sizeBudget`.
 */

const budgets = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { sizeBudget: Record<string, number> }
).sizeBudget;

/** A file and every relative module it imports, statically or not, once each. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(
    /(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|import\s*['"](\.[^'"]+)['"]/g,
  )) {
    const target = match[1] ?? match[2] ?? match[3];
    if (target) closure(join(dirname(file), target), seen);
  }
  return seen;
}

export interface SizeRow {
  name: string;
  raw: number;
  gzip: number;
  brotli: number;
  budget: number | null;
}

export function measure(name: string, files: Iterable<string>): SizeRow {
  const code = Buffer.concat([...files].map((file) => readFileSync(file)));
  return {
    name,
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code).length,
    budget: budgets[name] ?? null,
  };
}

export function measureBuild(): SizeRow[] {
  return Object.keys(budgets).map((name) =>
    name === 'script-tag'
      ? measure(name, ['dist/cdn/portal-elements.js'])
      : measure(name, closure(`dist/esm/${name}.js`)),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measureBuild();
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log('entry            raw        gzip      brotli    budget (gzip)');
  for (const row of rows)
    console.log(
      `${row.name.padEnd(16)} ${kB(row.raw).padStart(9)} ${kB(row.gzip).padStart(9)} ${kB(row.brotli).padStart(9)}    ${row.budget ? kB(row.budget) : '-'}`,
    );
  const over = rows.filter((row) => row.budget !== null && row.gzip > row.budget);
  for (const row of over)
    console.error(
      `Over budget: ${row.name} is ${kB(row.gzip)} gzip, the budget is ${kB(row.budget!)}.`,
    );
  process.exit(over.length ? 1 : 0);
}
