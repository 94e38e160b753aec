import { LitElement, css, html } from 'lit';

/**
 * The floor the bundle is compared with: the smallest useful Lit element (a property, a
 * template, styles, an event), built the same way as ours. Its size is mostly Lit itself.
 */
class BareElement extends LitElement {
  static override properties = { name: {} };
  static override styles = css`
    :host {
      display: block;
    }
  `;
  declare name: string;

  constructor() {
    super();
    this.name = 'world';
  }

  override render() {
    return html`<button @click=${() => this.dispatchEvent(new Event('hello', { bubbles: true }))}>
      Hello, ${this.name}
    </button>`;
  }
}

customElements.define('bare-element', BareElement);
