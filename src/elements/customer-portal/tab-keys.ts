/**
 * The tab list's keys, as in WAI-ARIA's tabs pattern with automatic activation: arrows move to
 * the previous or next tab (wrapping), Home and End to the first and last. `null` for other keys.
 */
export function nextTab<T>(key: string, tabs: readonly T[], current: T): T | null {
  const index = tabs.indexOf(current);
  switch (key) {
    case 'ArrowRight':
      return tabs[(index + 1) % tabs.length] ?? null;
    case 'ArrowLeft':
      return tabs[(index - 1 + tabs.length) % tabs.length] ?? null;
    case 'Home':
      return tabs[0] ?? null;
    case 'End':
      return tabs.at(-1) ?? null;
    default:
      return null;
  }
}
