import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
    // Languages are fetched when a customer needs one: not part of what an entry costs.
    external: [...external, './translations/*', '../translations/*'],
    logLevel: 'silent',
  });
  return outputFiles[0]!.contents;
}

/** What the app already has once for everything, so an npm entry's size leaves it out. */
const HOST_DEPENDENCIES = ['lit', 'lit/*', '@lit/*', '@shoelace-style/*', 'react'];

/** Files fetched on their own: what each costs over the wire, added up. */
function fetched(name: string, files: Iterable<string>, budget: number | null): SizeRow {
  const row: SizeRow = { name, raw: 0, gzip: 0, brotli: 0, budget };
  for (const file of files) {
    const code = readFileSync(file);
    const size = compressed(code);
    row.raw += code.length;
    row.gzip += size.gzip;
    row.brotli += size.brotli;
  }
  return row;
}

/** A script-tag module and what it imports, without the languages fetched on demand. */
const pageOf = (module: string) =>
  [...closure(`dist/cdn/${module}.js`)].filter((file) => !file.includes('/translations/'));

/** Every file of one language, as built (`dist/cdn/translations/<language>/`). */
const languageFiles = (language: string) =>
  readdirSync(`dist/cdn/translations/${language}`)
    .filter((file) => file.endsWith('.js'))
    .map((file) => `dist/cdn/translations/${language}/${file}`);

/** The smallest useful Lit element (`bench/floor.ts`), bundled and minified: the yardstick. */
export function bareLitElement(): number {
  return compressed(minifiedBundle('bench/floor.ts', [])).gzip;
}

/**
 * The script tag as a page gets it: the loader alone, a page with only `<portal-login>`
 * (loader and everything it fetches, English), `<customer-portal>` with every view, and each
 * language (every area of it, each file fetched on its own).
 */
function measureScriptTag(): SizeRow[] {
  const loader = 'dist/cdn/portal-elements.js';
  const bare = bareLitElement();
  const ratio = budgets['login-page-ratio'];
  const languages = existsSync('dist/cdn/translations') ? readdirSync('dist/cdn/translations') : [];
  return [
    fetched('loader', [loader], budgets.loader ?? null),
    fetched('login page', [loader, ...pageOf('login')], ratio ? Math.round(ratio * bare) : null),
    fetched('portal page', [loader, ...pageOf('portal')], budgets['portal-page'] ?? null),
    ...languages.map((language) =>
      fetched(`language ${language}`, languageFiles(language), budgets.language ?? null),
    ),
    // What a sign-in-only page fetches for its language: the list of areas, common, login.
    ...languages.map((language) =>
      fetched(
        `login words ${language}`,
        languageFiles(language).filter((file) => /\/(index|common|login)-[\w-]+\.js$/.test(file)),
        budgets['login-words'] ?? null,
      ),
    ),
  ];
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
    raw: [...closure(entry)]
      .filter((file) => !file.includes('/translations/'))
      .reduce((sum, file) => sum + readFileSync(file).length, 0),
    ...compressed(minifiedBundle(entry, HOST_DEPENDENCIES)),
    budget: budgets[name] ?? null,
  };
}

/** The script-tag bundle, then every npm entry (budgeted or not). */
export function measureBuild(): SizeRow[] {
  return [...measureScriptTag(), ...Object.keys(ESM_ENTRIES).map(measureEntry)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measureBuild();
  const bare = bareLitElement();
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log('entry          raw (as built)   gzip (min)  brotli    budget (gzip)');
  for (const row of rows)
    console.log(
      `${row.name.padEnd(16)} ${kB(row.raw).padStart(12)} ${kB(row.gzip).padStart(9)} ${kB(row.brotli).padStart(9)}    ${row.budget ? kB(row.budget) : '-'}`,
    );
  const page = rows.find((row) => row.name === 'login page')!;
  console.log(
    `login page vs a bare Lit element built the same way (${kB(bare)}): ${(page.gzip / bare).toFixed(2)}×`,
  );
  const over = rows.filter((row) => row.budget !== null && row.gzip > row.budget);
  for (const row of over)
    console.error(
      `Over budget: ${row.name} is ${kB(row.gzip)} gzip, the budget is ${kB(row.budget!)}.`,
    );
  process.exit(over.length ? 1 : 0);
}
