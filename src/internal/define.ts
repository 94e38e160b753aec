/**
 * Registers `tag` unless it is taken: a page that loads the bundle twice, or already defines
 * the tag, gets a warning instead of an exception, and the first definition stays.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (existing !== element)
    console.warn(`${tag} is already defined; keeping the first definition.`);
}
