/** The areas of terms, by their file names in `locales/en/` and each `translations/<language>/`. */
export const AREAS = [
  'benefits',
  'card-embed',
  'common',
  'customer',
  'login',
  'orders',
  'payment',
  'portal',
  'seats',
  'subscriptions',
] as const;

export type Area = (typeof AREAS)[number];

/**
 * A language's areas, each fetched on first use. Every `translations/<language>/index.ts` lists
 * them with literal imports, so that any bundler (ours, or an app's bundling the npm package)
 * sees each file and splits it into its own chunk; the type makes a language list every area.
 */
export type LanguageAreas = Record<Area, () => Promise<Record<string, object>>>;
