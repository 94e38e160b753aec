import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { ESM_ENTRIES } from './esm-entries.js';

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

/** Gzip (level 9) and brotli bytes of some code. */
export function compressed(code: Uint8Array): { gzip: number; brotli: number } {
  return { gzip: gzipSync(code, { level: 9 }).length, brotli: brotliCompressSync(code).length };
}

/** An entry bundled and minified by esbuild, as an app's bundler would, `external` left out. */
export function minifiedBundle(entry: string, external: string[]): Uint8Array {
  const { outputFiles } = buildSync({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    logLevel: 'silent',
  });
  return outputFiles[0]!.contents;
}

/** What the app already has once for everything, so an npm entry's size leaves it out. */
const HOST_DEPENDENCIES = ['lit', 'lit/*', '@lit/*', '@shoelace-style/*', 'react'];

/** The script-tag bundle as shipped. */
function measureScriptTag(): SizeRow {
  const code = readFileSync('dist/cdn/portal-elements.js');
  return {
    name: 'script-tag',
    raw: code.length,
    ...compressed(code),
    budget: budgets['script-tag'] ?? null,
  };
}

/**
 * What an npm entry adds to an app's bundle: the entry and every chunk it loads, minified as the
 * app's bundler would (the ESM build itself is left readable), Lit and the other dependencies
 * excluded because the app has them once for everything. `raw` is the files as built.
 */
function measureEntry(name: string): SizeRow {
  const entry = `dist/esm/${name}.js`;
  return {
    name,
    raw: [...closure(entry)].reduce((sum, file) => sum + readFileSync(file).length, 0),
    ...compressed(minifiedBundle(entry, HOST_DEPENDENCIES)),
    budget: budgets[name] ?? null,
  };
}

/** The script-tag bundle, then every npm entry (budgeted or not). */
export function measureBuild(): SizeRow[] {
  return [measureScriptTag(), ...Object.keys(ESM_ENTRIES).map(measureEntry)];
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
