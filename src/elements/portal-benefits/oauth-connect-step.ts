import { html, type TemplateResult } from 'lit';
import type { PortalLocalize } from '../../internal/localize.js';

/**
 * Where connecting an account stands: nothing under way, waiting for Polar's window, or that
 * window was blocked and the only way left leaves the page.
 */
export type ConnectStep = 'idle' | 'waiting' | 'blocked';

export interface ConnectStepState {
  step: ConnectStep;
  /** An action of this grant is under way (the address is being fetched). */
  busy: boolean;
  /** Another grant's window is open: one at a time. */
  elsewhere: boolean;
}

export interface ConnectStepActions {
  connect: () => void;
  cancel: () => void;
  showWindow: () => void;
  leave: () => void;
}

/** The connect button, or what replaces it while a window is open or after it was blocked. */
export function renderConnectStep(
  t: PortalLocalize,
  platform: string,
  state: ConnectStepState,
  on: ConnectStepActions,
): TemplateResult {
  const cancel = html`<button
    type="button"
    class="secondary"
    part="cancel-connect-button"
    @click=${on.cancel}
  >
    ${t.term('cancelConnect')}
  </button>`;
  if (state.step === 'waiting')
    return html`<div class="connect-step" part="waiting">
      <p>${t.term('waitingFor', platform)}</p>
      <div class="row">
        <button type="button" class="secondary" part="show-window-button" @click=${on.showWindow}>
          ${t.term('showWindow', platform)}
        </button>
        ${cancel}
      </div>
    </div>`;
  if (state.step === 'blocked')
    return html`<div class="connect-step" part="popup-blocked">
      <p>${t.term('popupBlocked', platform)}</p>
      <div class="row">
        <button type="button" part="leave-button" ?disabled=${state.busy} @click=${on.leave}>
          ${state.busy ? t.term('connecting') : t.term('continueInPage', platform)}
        </button>
        ${cancel}
      </div>
    </div>`;
  return html`<button
    type="button"
    class="secondary"
    part="connect-button"
    ?disabled=${state.busy || state.elsewhere}
    @click=${on.connect}
  >
    ${state.busy ? t.term('connecting') : t.term('connectAccount', platform)}
  </button>`;
}
