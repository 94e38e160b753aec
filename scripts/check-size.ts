import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

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

/** The npm entries, as in vite.config.ts's esm build. */
export const ENTRIES = [
  'index',
  'login',
  'subscriptions',
  'seats',
  'orders',
  'customer',
  'benefits',
  'portal',
  'classes',
  'react',
];

/**
 * What an npm entry adds to an app's bundle: the entry and every chunk it loads, minified as the
 * app's bundler would (the ESM build itself is left readable), Lit and the other dependencies
 * excluded because the app has them once for everything.
 */
function measureEntry(name: string): SizeRow {
  const files = closure(`dist/esm/${name}.js`);
  const { outputFiles } = buildSync({
    entryPoints: [`dist/esm/${name}.js`],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: ['lit', 'lit/*', '@lit/*', '@shoelace-style/*', 'react'],
    logLevel: 'silent',
  });
  const code = Buffer.from(outputFiles[0]!.contents);
  return {
    name,
    raw: [...files].reduce((sum, file) => sum + readFileSync(file).length, 0),
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code).length,
    budget: budgets[name] ?? null,
  };
}

/** The script-tag bundle, then every npm entry (budgeted or not). */
export function measureBuild(): SizeRow[] {
  return [measure('script-tag', ['dist/cdn/portal-elements.js']), ...ENTRIES.map(measureEntry)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measureBuild();
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log('entry          raw (as built)   gzip (min)  brotli    budget (gzip)');
  for (const row of rows)
    console.log(
      `${row.name.padEnd(16)} ${kB(row.raw).padStart(12)} ${kB(row.gzip).padStart(9)} ${kB(row.brotli).padStart(9)}    ${row.budget ? kB(row.budget) : '-'}`,
    );
  const over = rows.filter((row) => row.budget !== null && row.gzip > row.budget);
  for (const row of over)
    console.error(
      `Over budget: ${row.name} is ${kB(row.gzip)} gzip, the budget is ${kB(row.budget!)}.`,
    );
  process.exit(over.length ? 1 : 0);
}
