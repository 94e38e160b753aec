/**
 * Wraps Tab from the last of `stops` to the first and Shift+Tab from the first (or from
 * `container` itself) to the last; in between the browser moves focus as usual. A modal
 * `<dialog>` makes the page behind inert, but Chromium still lets Tab leave the last control
 * for the browser's own toolbar; a dialog should cycle instead, as WAI-ARIA's dialog pattern asks.
 */
export function cycleTab(event: KeyboardEvent, container: Element, stops: HTMLElement[]): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  if (stops.length === 0) return;
  // The focused element itself, even inside a shadow root the event was retargeted out of.
  const active = event.composedPath()[0];
  const first = stops[0]!;
  const last = stops.at(-1)!;
  if (event.shiftKey && (active === first || active === container)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

const FOCUSABLE =
  'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"]), summary';

/**
 * The controls Tab visits under `roots` (each root and its descendants, in order): enabled,
 * rendered, one stop per radio group. Roots may be the elements assigned to a slot, so the
 * stops of slotted content are found from the shadow root that shows them.
 */
export function tabStops(roots: Iterable<Element>): HTMLElement[] {
  const candidates = [...roots]
    .flatMap((root) => [root, ...root.querySelectorAll(FOCUSABLE)])
    .filter(
      (el): el is HTMLElement =>
        el instanceof HTMLElement &&
        el.matches(FOCUSABLE) &&
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

/**
 * The element that has focus, looked up through open shadow roots: `document.activeElement`
 * is only the outermost host when focus is inside a shadow root. Null when nothing is focused.
 */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
