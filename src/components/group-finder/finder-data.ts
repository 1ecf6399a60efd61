import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PeerGroup } from '../../api/meeting-guide.js';
import type { GroupSource, PeerSupportBackend, Place, RequestOptions } from '../../api/types.js';

export type LoadState = 'loading' | 'ready' | 'error';

export interface SourceChoice {
  /** A source object set by the host page: wins over everything. */
  source?: GroupSource;
  /** Meeting Guide feed URLs. */
  feed?: string;
  /** The provider's backend, used when it offers groups. */
  backend?: PeerSupportBackend;
  /** For meetings in a feed that name no zone. */
  timeZone?: string;
  /** Geocoder for a feed source: the host page's, else the backend's. */
  geocode?: (query: string, options?: RequestOptions) => Promise<Place[]>;
}

/**
 * Where the finder's groups come from, and loading them: the host's source, else Meeting Guide feeds (whose
 * reader is fetched only by pages that use one), else the provider's backend.
 */
export class GroupsLoader implements ReactiveController {
  state: LoadState = 'loading';
  error?: unknown;
  /** Feeds that failed while others loaded. */
  problems: readonly string[] = [];
  /** The source of the last load. */
  source?: GroupSource;
  private started = false;
  private request?: AbortController;
  private feedModule?: typeof import('../../api/meeting-guide-source.js');
  private feedModuleRequested = false;
  private feedSource?: { key: string; source: GroupSource };
  private readonly host: ReactiveControllerHost;
  private readonly onGroups: (groups: PeerGroup[]) => void;

  constructor(host: ReactiveControllerHost, onGroups: (groups: PeerGroup[]) => void) {
    this.host = host;
    this.onGroups = onGroups;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.request?.abort();
    // Connected again later, the list is loaded afresh.
    this.started = false;
  }

  /** Called before each render: loads when the chosen source changed. */
  sync(choice: SourceChoice): void {
    const source = this.choose(choice);
    if (source !== this.source || !this.started) void this.load(source, choice);
  }

  /** Asks again after a failure (no source keeps a failed answer). */
  retry(choice: SourceChoice): void {
    this.state = 'loading';
    this.started = false;
    if (choice.feed?.trim() && !this.feedModule) this.requestFeedModule();
    else this.sync(choice);
    this.host.requestUpdate();
  }

  private choose(choice: SourceChoice): GroupSource | undefined {
    if (choice.source) return choice.source;
    const feed = choice.feed?.trim();
    if (feed) {
      if (!this.feedModule) {
        this.requestFeedModule();
        return undefined;
      }
      const key = `${feed}|${choice.timeZone ?? ''}`;
      if (this.feedSource?.key !== key) {
        const geocode = choice.geocode;
        this.feedSource = {
          key,
          source: this.feedModule.createMeetingGuideSource({ feeds: feed, timeZone: choice.timeZone, geocode }),
        };
      }
      return this.feedSource.source;
    }
    return choice.backend?.getGroups ? (choice.backend as GroupSource) : undefined;
  }

  private requestFeedModule(): void {
    if (this.feedModuleRequested) return;
    this.feedModuleRequested = true;
    import('../../api/meeting-guide-source.js').then(
      (module) => {
        this.feedModule = module;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.feedModuleRequested = false;
        this.error = error;
        this.state = 'error';
        this.host.requestUpdate();
      },
    );
  }

  private async load(source: GroupSource | undefined, choice: SourceChoice): Promise<void> {
    this.started = true;
    this.source = source;
    this.request?.abort();
    this.error = undefined;
    if (!source) {
      // Waiting for the feed reader, or nothing configured (yet: a provider may still arrive).
      this.state = choice.feed?.trim() ? 'loading' : 'error';
      return;
    }
    const request = (this.request = new AbortController());
    this.state = 'loading';
    try {
      const groups = await source.getGroups({ signal: request.signal });
      if (request.signal.aborted) return;
      this.problems = (source as { lastProblems?: readonly string[] }).lastProblems ?? [];
      this.state = 'ready';
      this.onGroups(groups);
    } catch (error) {
      if (request.signal.aborted) return;
      this.error = error;
      this.state = 'error';
    }
    this.host.requestUpdate();
  }
}
