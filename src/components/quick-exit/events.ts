/** Fired just before a quick exit leaves the page. Carries no personal data. */
export class PeerQuickExitEvent extends Event {
  readonly detail: { trigger: 'button' | 'shortcut'; destination: string };
  constructor(detail: PeerQuickExitEvent['detail']) {
    super('peer-quick-exit', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-quick-exit': PeerQuickExitEvent;
  }
}
