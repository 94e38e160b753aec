import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { compressed, measureBuild, minifiedBundle } from '../scripts/check-size.js';

/**
 * Bundle sizes next to the floor of a bare Lit element built the same way: the script-tag
 * bundle against the bare element as a Vite IIFE with Lit inside (how ours is built); each npm
 * entry, bundled and minified by esbuild with Lit inside (what a page with only that entry
 * loads), against the bare element bundled the same way. The ratio is what our code costs over
 * Lit's own. Reads the files `npm run build` made.
 */

export interface SizeResult {
  entry: string;
  /** As the build checks it: npm entries without Lit, the script tag with it. */
  gzip: number;
  brotli: number;
  /** With Lit inside, as compared with the floor. */
  with_lit_gzip: number;
  floor_gzip: number;
  ratio: number;
}

async function scriptTagFloor(): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), 'portal-floor-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        target: 'es2022',
        outDir,
        lib: { entry: 'bench/floor.ts', name: 'Floor', formats: ['iife'], fileName: () => 'f.js' },
        copyPublicDir: false,
      },
    });
    return compressed(readFileSync(join(outDir, 'f.js'))).gzip;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** An entry bundled with Lit and everything else it imports (React stays out), minified. */
const withLit = (entry: string) => compressed(minifiedBundle(entry, ['react', 'react-dom'])).gzip;

export async function benchSizes(): Promise<SizeResult[]> {
  const floors = { script: await scriptTagFloor(), entry: withLit('bench/floor.ts') };
  return measureBuild().map((row) => {
    // The script tag's rows (loader, pages, languages) are measured as fetched, Lit inside.
    const script = !existsSync(`dist/esm/${row.name}.js`);
    const floor = script ? floors.script : floors.entry;
    const full = script ? row.gzip : withLit(`dist/esm/${row.name}.js`);
    return {
      entry: row.name,
      gzip: row.gzip,
      brotli: row.brotli,
      with_lit_gzip: full,
      floor_gzip: floor,
      ratio: full / floor,
    };
  });
}
