import { html, nothing, type TemplateResult } from 'lit';

/**
 * A field's own error (the API's 422 message for it), shown under the field and tied to it:
 * the field gets `aria-invalid` and `aria-describedby=${errorId(id, message)}`, the message
 * `fieldError(id, message)`. One shape for every form, so a screen reader hears the same thing
 * wherever a field is refused.
 */
export const errorId = (fieldId: string, message: string | null | undefined) =>
  message ? `${fieldId}-error` : nothing;

/** The message under the field; `alert` when it is the form's only feedback (no outcome). */
export const fieldError = (
  fieldId: string,
  message: string | null | undefined,
  alert = false,
): TemplateResult | typeof nothing =>
  message
    ? html`<p class="error" id="${fieldId}-error" role=${alert ? 'alert' : nothing}>${message}</p>`
    : nothing;
