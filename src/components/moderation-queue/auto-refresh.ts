import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Asks for a fresh list every so often while the page is visible, and once more on coming back to a page
 * that was hidden for longer than that. A hidden tab asks nothing of the server.
 */
export class AutoRefresh implements ReactiveController {
  /** When the list last arrived (ms since the epoch). */
  lastLoaded = 0;
  private seconds = 0;
  private connected = false;
  private timer?: ReturnType<typeof setInterval>;
  private readonly refresh: () => void;

  constructor(host: ReactiveControllerHost, refresh: () => void) {
    this.refresh = refresh;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stop();
  }

  /** Sets the period in seconds; 0 (or less) stops refreshing. */
  every(seconds: number): void {
    const period = seconds > 0 ? seconds : 0;
    if (period === this.seconds) return;
    this.seconds = period;
    if (this.connected) this.start();
  }

  private start(): void {
    this.stop();
    if (this.seconds) this.timer = setInterval(this.tick, this.seconds * 1000);
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick = () => {
    if (!document.hidden) this.refresh();
  };

  private onVisibilityChange = () => {
    if (this.seconds && Date.now() - this.lastLoaded >= this.seconds * 1000) this.tick();
  };
}
