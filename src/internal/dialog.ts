/**
 * Keeps Tab inside an open modal `<dialog>`. `showModal()` makes the page behind inert, but
 * Chromium still lets Tab leave the last control for the browser's own toolbar; a portal dialog
 * should cycle instead, as WAI-ARIA's dialog pattern asks. Use as `@keydown=${trapTab}`.
 */
export function trapTab(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const dialog = event.currentTarget as HTMLDialogElement;
  const stops = tabStops(dialog);
  if (stops.length === 0) return;
  const active = event.composedPath()[0];
  const first = stops[0]!;
  const last = stops.at(-1)!;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

const FOCUSABLE =
  'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"]), summary';

/** The controls Tab visits, in order: enabled, rendered, one stop per radio group. */
function tabStops(dialog: HTMLDialogElement): HTMLElement[] {
  const candidates = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) =>
      !(el as HTMLButtonElement).disabled &&
      el.getAttribute('tabindex') !== '-1' &&
      el.getClientRects().length > 0,
  );
  return candidates.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
    const group = candidates.filter(
      (other): other is HTMLInputElement =>
        other instanceof HTMLInputElement && other.type === 'radio' && other.name === el.name,
    );
    const checked = group.find((radio) => radio.checked);
    return checked ? checked === el : group[0] === el;
  });
}
