import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import {
  brokenDeclarationImports,
  brokenModuleImports,
  missingEntryPoints,
  missingSourceMaps,
  staleDeclarations,
  unwantedFiles,
  type Findings,
  type Manifest,
} from './package/contents.js';
import * as app from './package/scratch-app.js';
import { SCRIPT_TAG_FILE, subresourceIntegrity } from './print-sri.js';

/**
 * `npm run test:package` (after `npm run build`): what a merchant installs is what we test.
 * Packs the package as `npm publish` would, checks the tarball's contents, installs it in a
 * scratch app outside this checkout (so nothing resolves to our node_modules), builds a page
 * with Vite, type-checks a TypeScript consumer, and runs the mock in Node. Every check prints one
 * line; any failure exits 1. KEEP_SCRATCH=1 keeps the temp directory.
 */

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const failures: string[] = [];
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function report(check: string, found: string[] | Findings, detail = '') {
  const { problems, warnings } = Array.isArray(found) ? { problems: found, warnings: [] } : found;
  if (problems.length === 0) console.log(`ok    ${check}${detail ? ` (${detail})` : ''}`);
  else {
    console.log(`FAIL  ${check}`);
    for (const problem of problems) console.log(`      - ${problem}`);
    failures.push(check);
  }
  for (const warning of warnings) console.log(`warn  ${warning}`);
}

/** The environment `npm run` gives us, minus what would point a nested npm back at this checkout. */
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !/^(npm_config_local_prefix|npm_package_|npm_lifecycle_|INIT_CWD$|NODE_PATH$)/i.test(key),
  ),
);

/** Runs a command; on failure, the problem is its exit and the tail of what it printed. */
function run(command: string, args: string[], cwd: string, timeoutMs = 300_000) {
  const result = spawnSync(command, args, {
    cwd,
    env: childEnv,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  const ok = result.status === 0;
  const why = result.error
    ? `\`${command} ${args.join(' ')}\` failed: ${result.error.message}`
    : `\`${command} ${args.join(' ')}\` exited ${result.status}`;
  // The end of what it printed, without stack frames: the message is what a reader needs.
  const lines = output.split('\n').filter((line) => !/^\s+at /.test(line));
  const tail = lines.slice(-30).join('\n      ');
  return { ok, stdout: result.stdout ?? '', problems: ok ? [] : [`${why}:\n      ${tail}`] };
}

/** A directory whose ancestors hold no node_modules, so the scratch app sees only its own. */
function scratchDirectory(): string {
  const root = mkdtempSync(join(tmpdir(), 'portal-elements-package-'));
  const ancestors = [];
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    ancestors.push(dir);
    if (dir === parse(dir).root) break;
  }
  for (const dir of ancestors)
    if (existsSync(join(dir, 'node_modules')) || existsSync(join(dir, 'package.json'))) {
      console.error(`${dir} has node_modules or a package.json, which the scratch app would see.`);
      console.error('Set TMPDIR to a directory outside any project.');
      process.exit(1);
    }
  return root;
}

const builtFiles = [
  SCRIPT_TAG_FILE,
  'dist/esm/index.js',
  'dist/types/index.d.ts',
  'dist/mock/index.js',
];
const unbuilt = builtFiles.filter((file) => !existsSync(file));
if (unbuilt.length) {
  console.error(`${unbuilt.join(', ')} missing: run \`npm run build\` first.`);
  process.exit(1);
}

const root = scratchDirectory();
const packDir = join(root, 'pack');
const unpacked = join(root, 'unpacked');
const appDir = join(root, 'app');
for (const dir of [packDir, unpacked, appDir]) mkdirSync(dir);

// 1. The tarball, as `npm publish` would make it.
interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}
const packed = run('npm', ['pack', '--json', '--pack-destination', packDir], process.cwd());
if (!packed.ok) {
  report('npm pack', packed.problems);
  process.exit(1);
}
const pack = (JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as PackResult[])[0]!;
const tarball = join(packDir, pack.filename);
const files = pack.files.map((file) => file.path);
const fileSet = new Set(files);
const bySection = new Map<string, [number, number]>();
for (const { path, size } of pack.files) {
  const section = path.split('/').slice(0, 2).join('/');
  const [count, bytes] = bySection.get(section) ?? [0, 0];
  bySection.set(section, [count + 1, bytes + size]);
}
const maps = pack.files.filter((file) => file.path.endsWith('.map'));
console.log(
  `${pack.filename}: ${files.length} files, ${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked` +
    ` (source maps: ${maps.length} files, ${kB(maps.reduce((sum, file) => sum + file.size, 0))})`,
);
for (const [section, [count, bytes]] of [...bySection].sort())
  console.log(
    `      ${section.padEnd(28)} ${String(count).padStart(4)} files ${kB(bytes).padStart(10)}`,
  );

// 2. The tarball's contents.
const untar = run('tar', ['-xzf', tarball, '-C', unpacked], root);
if (!untar.ok) {
  report('unpack the tarball', untar.problems);
  process.exit(1);
}
const packageRoot = join(unpacked, 'package');
report('nothing that should not ship', unwantedFiles(files));
report('every path package.json names is in the tarball', missingEntryPoints(manifest, fileSet));
report(
  'every import of every shipped module resolves',
  await brokenModuleImports(packageRoot, manifest, files),
);
report(
  'every import of every shipped declaration resolves',
  brokenDeclarationImports(packageRoot, manifest, fileSet),
);
report('every source map a file names is shipped', missingSourceMaps(packageRoot, fileSet));
report('no declaration of a deleted source', staleDeclarations(files));
const shippedScriptTag = join(packageRoot, SCRIPT_TAG_FILE);
report(
  'the script tag in the tarball is the one built',
  existsSync(shippedScriptTag) &&
    readFileSync(shippedScriptTag).equals(readFileSync(SCRIPT_TAG_FILE))
    ? []
    : [`${SCRIPT_TAG_FILE} in the tarball differs from the build's (or is missing).`],
  existsSync(shippedScriptTag) ? subresourceIntegrity(readFileSync(shippedScriptTag)) : '',
);

// 3. A merchant's app: the tarball from the file, everything else from the registry, in the
// versions this repository builds and tests with.
const devRange = (name: string) => manifest.devDependencies?.[name] ?? 'latest';
const appManifest = {
  name: 'portal-elements-scratch-app',
  private: true,
  type: 'module',
  dependencies: {
    'portal-elements': `file:${tarball}`,
    lit: manifest.dependencies?.lit ?? 'latest',
    msw: devRange('msw'),
    zod: devRange('zod'),
    standardwebhooks: devRange('standardwebhooks'),
  },
  devDependencies: {
    vite: devRange('vite'),
    typescript: devRange('typescript'),
    '@types/node': devRange('@types/node'),
    '@types/react': devRange('@types/react'),
  },
};
const appFiles: Record<string, string> = {
  'package.json': JSON.stringify(appManifest, null, 2),
  'index.html': app.INDEX_HTML,
  'main.js': app.MAIN_JS,
  'tsconfig.json': JSON.stringify(app.TSCONFIG, null, 2),
  'consumer.ts': app.CONSUMER_TS,
  'consumer-jsx.tsx': app.CONSUMER_JSX_TSX,
  'mock-consumer.ts': app.MOCK_CONSUMER_TS,
  'mock-run.mjs': app.MOCK_RUN_MJS,
};
for (const [name, text] of Object.entries(appFiles)) writeFileSync(join(appDir, name), text);

const started = performance.now();
const install = run(
  'npm',
  ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
  appDir,
);
report(
  'the tarball installs in a scratch app',
  install.problems,
  `with lit, vite, typescript, msw, zod, standardwebhooks; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

if (install.ok) {
  const bin = (name: string) => join(appDir, 'node_modules', '.bin', name);

  const vite = run(bin('vite'), ['build', '--logLevel', 'warn', '--outDir', 'dist'], appDir);
  const assets = join(appDir, 'dist', 'assets');
  const bundle = vite.ok
    ? readdirSync(assets)
        .filter((file) => file.endsWith('.js'))
        .map((file) => readFileSync(join(assets, file), 'utf8'))
        .join('\n')
    : '';
  report(
    "Vite builds a page importing 'portal-elements/login'",
    vite.ok
      ? [
          ...(/[`'"]portal-login[`'"]/.test(bundle)
            ? []
            : ["the bundle has no 'portal-login' tag definition."]),
          ...(bundle.includes('customElements')
            ? []
            : ['the bundle never touches customElements, so it defines no tag.']),
          ...(bundle.includes('portal-subscriptions')
            ? ['the bundle carries <portal-subscriptions>: the login entry no longer tree-shakes.']
            : []),
        ]
      : vite.problems,
    vite.ok ? `${kB(bundle.length)} of JavaScript, <portal-login> defined` : '',
  );

  const tsc = run(bin('tsc'), ['-p', 'tsconfig.json'], appDir);
  report(
    'a strict TypeScript consumer type-checks against the published types',
    tsc.problems,
    "portal-elements, /login, /seats, /classes, /react, /jsx, /mock; moduleResolution 'bundler', skipLibCheck off",
  );

  const mock = run(process.execPath, ['mock-run.mjs'], appDir, 30_000);
  report("'portal-elements/mock' serves HTTP in Node", mock.problems, mock.stdout.trim());
}

if (failures.length) {
  console.log(`\n${failures.length} check(s) failed; the scratch files are in ${root}`);
  process.exit(1);
}
if (process.env.KEEP_SCRATCH) console.log(`\nscratch files kept in ${root}`);
else rmSync(root, { recursive: true, force: true });
console.log('\nThe packed package works as a merchant installs it.');
