import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix } from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * Checks of the unpacked tarball itself, before anything is installed: what must not ship,
 * every path package.json names, and every import of every shipped module. Each returns the
 * problems as sentences a reader can act on, empty when there are none.
 */

export interface Manifest {
  name: string;
  main?: string;
  module?: string;
  types?: string;
  customElements?: string;
  exports?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** What a merchant never needs; the reason is part of the message. */
const MUST_NOT_SHIP: [RegExp, string][] = [
  [
    /^(src|test|mock-server|demo|bench|scripts|docs|public|\.ci)\//,
    'a source or repository folder',
  ],
  [/^dist\/demo\//, 'the demo site (`npm run build:demo`)'],
  [/(^|\/)[^/]+\.(test|spec|e2e)\.[cm]?[jt]sx?$/, 'a test'],
  [/(^|\/)(fixtures?|__fixtures__|test-results|coverage)\//, 'test data'],
  [/(^|\/)node_modules\//, 'an installed dependency'],
  [/\.(tgz|tsbuildinfo|log)$/, 'a build by-product'],
];

/** One line per kind of unwanted file, with a few of them named. */
export function unwantedFiles(files: string[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const file of files) {
    const hit = MUST_NOT_SHIP.find(([pattern]) => pattern.test(file));
    if (hit) byReason.set(hit[1], [...(byReason.get(hit[1]) ?? []), file]);
  }
  return [...byReason].map(([reason, hits]) => {
    const named =
      hits.slice(0, 3).join(', ') + (hits.length > 3 ? `, … (${hits.length} files)` : '');
    return `${named}: ${reason}, in the tarball; narrow \`files\` in package.json.`;
  });
}

/** Every file path package.json points at, with where it says so. */
function namedPaths(manifest: Manifest): [string, string][] {
  const paths: [string, string][] = [];
  for (const field of ['main', 'module', 'types', 'customElements'] as const) {
    const value = manifest[field];
    if (value) paths.push([field, value]);
  }
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') paths.push([where, value]);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value))
        walk(inner, `${where}[${JSON.stringify(key)}]`);
  };
  walk(manifest.exports, 'exports');
  return paths;
}

export function missingEntryPoints(manifest: Manifest, files: Set<string>): string[] {
  return namedPaths(manifest).flatMap(([where, target]) => {
    const path = posix.normalize(target);
    if (path.includes('*')) {
      const [prefix, suffix] = path.split('*') as [string, string];
      const matches = [...files].some((file) => file.startsWith(prefix) && file.endsWith(suffix));
      return matches
        ? []
        : [`package.json ${where} is ${target}, and no file in the tarball matches it.`];
    }
    return files.has(path)
      ? []
      : [`package.json ${where} points at ${target}, which is not in the tarball.`];
  });
}

/** `lit/decorators.js` -> `lit`, `@lit/task` -> `@lit/task`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);

/** The packages our dependencies bring, read from this checkout's node_modules. */
function transitiveDependencies(manifest: Manifest): Map<string, string> {
  const brought = new Map<string, string>();
  for (const dependency of Object.keys(manifest.dependencies ?? {})) {
    const file = join('node_modules', dependency, 'package.json');
    if (!existsSync(file)) continue;
    const inner = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    for (const name of Object.keys(inner.dependencies ?? {})) brought.set(name, dependency);
  }
  return brought;
}

type Verdict = { problem: string } | { warning: string } | null;

/**
 * A bare import a merchant's install cannot satisfy. Types may also come from `@types/<name>`
 * (React's do), and the package may import itself. A package that only a dependency brings
 * works where npm hoists it, not under pnpm's strict layout: a warning.
 */
function judgeImport(manifest: Manifest, specifier: string, types: boolean): Verdict {
  if (isBuiltin(specifier)) return null;
  const name = packageName(specifier);
  const installed = { ...manifest.dependencies, ...manifest.peerDependencies };
  if (name === manifest.name || name in installed) return null;
  if (types && `@types/${name.replace('@', '').replace('/', '__')}` in installed) return null;
  if (manifest.devDependencies && name in manifest.devDependencies)
    return {
      problem: `${specifier}, a devDependency: a merchant's install does not have it (bundle it, or make it a dependency or a peer)`,
    };
  const via = transitiveDependencies(manifest).get(name);
  if (via)
    return {
      warning: `${specifier}, which only ${via} brings: fine where npm hoists it, unresolved under pnpm (import it through ${via}, or depend on it)`,
    };
  return { problem: `${specifier}, which package.json lists nowhere` };
}

export interface Findings {
  problems: string[];
  warnings: string[];
}

/** One line per import, naming how many files make it and the first of them. */
class ImportFindings {
  private readonly seen = new Map<string, { kind: keyof Findings; files: string[] }>();
  add(file: string, verdict: Verdict) {
    if (!verdict) return;
    const [kind, text] =
      'problem' in verdict
        ? (['problems', verdict.problem] as const)
        : (['warnings', verdict.warning] as const);
    const entry = this.seen.get(text) ?? { kind, files: [] };
    if (!entry.files.includes(file)) entry.files.push(file);
    this.seen.set(text, entry);
  }
  problem(text: string) {
    this.seen.set(text, { kind: 'problems', files: [] });
  }
  result(): Findings {
    const findings: Findings = { problems: [], warnings: [] };
    for (const [text, { kind, files }] of this.seen) {
      const where =
        files.length === 0
          ? ''
          : files.length === 1
            ? `${files[0]} imports `
            : `${files.length} files (${files[0]}, …) import `;
      findings[kind].push(`${where}${text}.`);
    }
    return findings;
  }
}

/**
 * Every shipped ES module bundled by esbuild with bare imports left out: a relative import of a
 * file that is not in the tarball fails to resolve, and the bare ones are checked against
 * package.json.
 */
export async function brokenModuleImports(
  root: string,
  manifest: Manifest,
  files: string[],
): Promise<Findings> {
  const findings = new ImportFindings();
  const recordBare: Plugin = {
    name: 'record-bare-imports',
    setup(on) {
      on.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
        findings.add(importer.slice(root.length + 1), judgeImport(manifest, path, false));
        return { path, external: true };
      });
    },
  };
  const modules = files.filter((file) => /\.m?js$/.test(file) && !file.startsWith('dist/cdn/'));
  await build({
    absWorkingDir: root,
    entryPoints: modules.map((file) => join(root, file)),
    bundle: true,
    write: false,
    outdir: 'out',
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
    plugins: [recordBare],
  }).catch((error: { errors?: { text: string; location?: { file: string } | null }[] }) => {
    for (const { text, location } of error.errors ?? [])
      findings.problem(`${location?.file ?? '?'}: ${text} (a file outside \`files\`?)`);
    if (!error.errors?.length)
      findings.problem(`esbuild could not read the shipped modules: ${String(error)}`);
    return null;
  });
  return findings.result();
}

/**
 * Every import in a shipped declaration file: a relative one must be a shipped `.d.ts`, a bare
 * one a package the merchant has. (With `skipLibCheck`, TypeScript would quietly make a missing
 * one `any`.)
 */
export function brokenDeclarationImports(
  root: string,
  manifest: Manifest,
  files: Set<string>,
): Findings {
  const findings = new ImportFindings();
  const pattern =
    /(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|\/\/\/\s*<reference\s+(?:path|types)=['"]([^'"]+)['"]/g;
  for (const file of files) {
    if (!file.endsWith('.d.ts')) continue;
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(pattern)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? match[4]!;
      if (!specifier.startsWith('.')) {
        findings.add(file, judgeImport(manifest, specifier, true));
        continue;
      }
      const base = posix.join(posix.dirname(file), specifier).replace(/\.(m?js|ts)$/, '');
      const candidates = [`${base}.d.ts`, `${base}.d.mts`, `${base}/index.d.ts`, base];
      if (!candidates.some((candidate) => files.has(candidate)))
        findings.add(file, {
          problem: `${specifier}, and no declaration for it is in the tarball`,
        });
    }
  }
  return findings.result();
}

/** A source map a shipped file names must ship with it, or the browser logs a 404. */
export function missingSourceMaps(root: string, files: Set<string>): string[] {
  return [...files].flatMap((file) => {
    if (!/\.m?js$/.test(file)) return [];
    const text = readFileSync(join(root, file), 'utf8');
    const map = /\/\/# sourceMappingURL=(?!data:)(\S+)\s*$/.exec(text)?.[1];
    if (!map) return [];
    const path = posix.join(posix.dirname(file), map);
    return files.has(path)
      ? []
      : [`${file} names the source map ${map}, which is not in the tarball.`];
  });
}

/**
 * `tsc` never empties dist/types, so a declaration of a deleted source file would ship from a
 * local build (CI's fresh clone has none). Each must still have its source in this checkout.
 */
export function staleDeclarations(files: string[]): string[] {
  const sources: [RegExp, string][] = [
    [/^dist\/types\/(.+)\.d\.ts(\.map)?$/, 'src/$1'],
    [/^dist\/types-mock\/(.+)\.d\.ts(\.map)?$/, '$1'],
  ];
  const stale = files.filter((file) =>
    sources.some(([pattern, source]) => {
      if (!pattern.test(file)) return false;
      const base = file.replace(pattern, source);
      return !['.ts', '.tsx', '.d.ts'].some((ext) => existsSync(base + ext));
    }),
  );
  return stale.length
    ? [
        `${stale.slice(0, 3).join(', ')}${stale.length > 3 ? `, … (${stale.length} files)` : ''}: declarations of sources that no longer exist; remove dist/ and build again.`,
      ]
    : [];
}
