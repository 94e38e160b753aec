/**
 * `npm run build` writes dist/custom-elements.json from the elements' JSDoc (@tagname, @fires,
 * @csspart, @cssprop). The analyzer also guesses events from `dispatchEvent(new X(arg))` and
 * names them after the argument; only the documented `portal-*` events are real.
 */
function documentedEventsOnly() {
  return {
    name: 'documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const declaration of mod.declarations ?? [])
          if (declaration.events)
            declaration.events = declaration.events.filter((e) => e.name?.startsWith('portal-'));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/api/types.ts', 'src/locales/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [documentedEventsOnly()],
};
