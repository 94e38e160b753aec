import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Each element's gzip share of the script-tag bundle: the bundle of every element, minified as
 * the build does it, against the same bundle without one element. The difference is what that
 * element alone costs (its shared parts, Lit, the client, stay in either way). `npx tsx
 * scripts/element-sizes.ts` prints a table.
 */

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

async function gzipOf(defines: string[]): Promise<number> {
  const result = await build({
    stdin: {
      contents: defines.map((name) => `import './src/elements/${name}/define.ts';`).join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

// The all-in-one element imports every view; measure the views without it, then it on top.
const views = elements.filter((name) => name !== 'customer-portal');
const all = await gzipOf(views);
const rows = await Promise.all(
  views.map(async (name) => {
    const without = await gzipOf(views.filter((other) => other !== name));
    return { element: `<${name}>`, alone: await gzipOf([name]), share: all - without };
  }),
);
if (elements.includes('customer-portal')) {
  const withPortal = await gzipOf(elements);
  rows.push({
    element: '<customer-portal>',
    alone: withPortal,
    share: withPortal - all,
  });
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(`Every view together: ${kB(all)} gzip\n`);
console.log('| element | alone (gzip) | its share of the bundle (gzip) |');
console.log('| --- | ---: | ---: |');
for (const row of rows)
  console.log(
    `| \`${row.element}\` | ${kB(row.alone)} | ${kB(row.share)} (${((100 * row.share) / all).toFixed(0)}%) |`,
  );
