// The merchant's own element, defined before the bundle loads.
customElements.define(
  'other-element',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = 'The merchant’s own element still works.';
    }
  },
);
