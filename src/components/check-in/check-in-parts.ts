import type { ReactiveControllerHost } from 'lit';
import { lazy } from '../../core/lazy.js';

const loadCare = lazy(() => import('../crisis-banner/care.js'));
const loadScales = lazy(() => import('./scales-part.js'));
const loadProgress = lazy(() => import('./progress-part.js'));

export type ScalesPart = Awaited<ReturnType<typeof loadScales>>;
export type ProgressPart = Awaited<ReturnType<typeof loadProgress>>;

/**
 * The check-in's chunks: crisis help (fetched at once, so that it is on the device before any answer calls for
 * it), the validated scales (only when a clinic turns them on), and progress with "your data" (when the page is
 * idle). Each is fetched once; a failed fetch (offline) is tried again the next time it is asked for.
 */
export class CheckInParts {
  care?: Awaited<ReturnType<typeof loadCare>>;
  scales?: ScalesPart;
  progress?: ProgressPart;

  constructor(private readonly host: ReactiveControllerHost) {}

  async withCare(): Promise<void> {
    this.care ??= await loadCare().catch(() => undefined);
    this.host.requestUpdate();
  }

  /** Asked for at each render while missing; only an arrival renders again, so a failure cannot loop. */
  async withScales(): Promise<void> {
    if (this.scales) return;
    this.scales = await loadScales().catch(() => undefined);
    if (this.scales) this.host.requestUpdate();
  }

  async withProgress(): Promise<ProgressPart | undefined> {
    if (!this.progress) {
      const part = await loadProgress().catch(() => undefined);
      if (!part) return undefined;
      // Defined here, not at import, so that importing the chunk has no side effects.
      if (!customElements.get('peer-check-in-progress'))
        customElements.define('peer-check-in-progress', part.PeerCheckInProgress);
      this.progress = part;
      this.host.requestUpdate();
    }
    return this.progress;
  }
}
