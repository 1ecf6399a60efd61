/** Fired whenever the list a visitor sees changes (loaded, filtered, refreshed): how many groups match. */
export class PeerResultsChangeEvent extends Event {
  readonly detail: { count: number };
  constructor(count: number) {
    super('peer-results-change', { bubbles: true, composed: true });
    this.detail = { count };
  }
}

/** Fired when a visitor opens a group's details. It names the group, never anything about the visitor. */
export class PeerGroupSelectEvent extends Event {
  readonly detail: { slug: string };
  constructor(slug: string) {
    super('peer-group-select', { bubbles: true, composed: true });
    this.detail = { slug };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-results-change': PeerResultsChangeEvent;
    'peer-group-select': PeerGroupSelectEvent;
  }
}
