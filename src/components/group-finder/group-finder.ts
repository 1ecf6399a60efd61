import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { BackendError } from '../../api/errors.js';
import type { PeerGroup } from '../../api/meeting-guide.js';
import type { GroupSource, Place, RequestOptions } from '../../api/types.js';
import { PeerElement } from '../../core/base-element.js';
import { getLocale, type SupportedLocale } from '../../core/localization.js';
import { themeTokens } from '../../core/theme.js';
import { defaultCategories, parseCategories, type PeerCategory } from './categories.js';
import { distanceUnitFor, unitToKm } from './distance.js';
import { PeerGroupSelectEvent, PeerResultsChangeEvent } from './events.js';
import { emptyFilters, type AttendanceFilter, type GroupFilters, type Origin, type TimeOfDay } from './filters.js';
import { groupFinderStyles } from './group-finder.styles.js';
import { renderResults, type GroupView } from './group-list.js';
import { browserTimeZone } from './group-time.js';
import { renderFilters, type FilterName } from './finder-filters.js';
import { LocationController } from './finder-location.js';
import { GroupsLoader, type SourceChoice } from './finder-data.js';
import { countLive, indexGroups, searchGroups, withDistances, type IndexedGroup } from './search.js';
import { ENGLISH_TYPE_LABELS, typeLabelsFor } from './type-labels.js';
import { addressWith, parseDay, readUrlState, updateAddress, type FinderUrlState } from './url-state.js';

const ALL_FILTERS: FilterName[] = [
  'keyword',
  'day',
  'time',
  'attendance',
  'category',
  'type',
  'access',
  'language',
  'distance',
];

const words = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * Peer-support groups near the visitor and online, soonest first: from the clinic's backend or straight
 * from Meeting Guide feeds. Filters live in the page's address, so a search can be bookmarked and shared.
 *
 * @tagname peer-group-finder
 * @summary Find a peer-support group: nearby, online, or both.
 * @csspart base - The finder's outer element.
 * @cssprop --peer-group-finder-accent - Badges and highlights (from `--peer-color-primary`).
 * @cssprop --peer-group-finder-live - The "happening now" badge.
 * @cssprop --peer-group-finder-border - Borders of results and fields.
 * @event peer-results-change - The list changed; detail `{ count }`.
 * @event peer-group-select - A visitor opened a group's details; detail `{ slug }`.
 */
export class PeerGroupFinder extends PeerElement {
  static override styles = [themeTokens, groupFinderStyles];

  static override properties = {
    feed: { type: String },
    source: { attribute: false },
    geocoder: { attribute: false },
    categories: {},
    pageSize: { type: Number, attribute: 'page-size' },
    filters: { type: String },
    day: { type: String },
    time: { type: String },
    attendance: { type: String },
    category: { type: String },
    type: { type: String },
    access: { type: String },
    language: { type: String },
    directions: { type: String },
    unit: { type: String },
    urlPrefix: { type: String, attribute: 'url-prefix' },
    noUrlState: { type: Boolean, attribute: 'no-url-state' },
    timeZone: { type: String, attribute: 'time-zone' },
    now: { attribute: false },
    search: { state: true },
    shown: { state: true },
    selected: { state: true },
    notice: { state: true },
    typeLabels: { state: true },
  };

  /** One or more Meeting Guide JSON URLs (space- or comma-separated): the finder then needs no backend. */
  declare feed?: string;
  /** Any object with `getGroups()` (and optionally `geocode()`); overrides `feed` and the provider's backend. */
  declare source?: GroupSource;
  /** Turns a postal code or city into places, for a feed source (a backend geocodes by itself). */
  declare geocoder?: (query: string, options?: RequestOptions) => Promise<Place[]>;
  /** The clinic's own categories, replacing ours: an array (property) or JSON (attribute). */
  declare categories: unknown;
  /** How many results show before "Show more". */
  declare pageSize: number;
  /** Which filters to offer, e.g. "keyword day attendance distance". Default: all. */
  declare filters?: string;
  /** Default day: "upcoming" (every group, soonest first) or "mon"…"sun". */
  declare day?: string;
  /** Default times of day: "morning afternoon evening night". */
  declare time?: string;
  /** Default attendance: "in-person", "online" or "hybrid". */
  declare attendance?: string;
  /** Default category ids, e.g. "mental-health". */
  declare category?: string;
  /** Default Meeting Guide type codes, e.g. "O D". */
  declare type?: string;
  /** Default access codes, e.g. "X ASL". */
  declare access?: string;
  /** Default language code, e.g. "S". */
  declare language?: string;
  /** "auto" (Apple Maps on Apple devices, else OpenStreetMap), "osm", "apple", "google", or a URL template. */
  declare directions: string;
  /** "mi" or "km"; default from the locale's region. */
  declare unit?: 'mi' | 'km';
  /** Prefix of the finder's parameters in the address. */
  declare urlPrefix: string;
  /** Keeps the search out of the address (for pages with two finders, or previews). */
  declare noUrlState: boolean;
  /** The visitor's time zone; default the browser's. For previews and tests. */
  declare timeZone?: string;
  /** The clock; set it only to preview a moment. */
  declare now?: Date;

  declare private search: GroupFilters;
  declare private shown: number;
  declare private selected: string;
  declare private notice: string;
  declare private typeLabels: Record<string, string>;

  private index: IndexedGroup[] = [];
  private found: IndexedGroup[] = [];
  private readonly location = new LocationController(this);
  private readonly loader = new GroupsLoader(this, (groups) => this.receiveGroups(groups));
  private clock?: ReturnType<typeof setInterval>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private announcement = '';
  private returnFocusTo = '';
  private parsedCategories?: { given: unknown; locale: string; list: PeerCategory[] };
  private details?: typeof import('./group-details.js');
  private detailsRequested = false;
  /** The language whose type labels are shown or on their way. */
  private typeLabelsLocale: SupportedLocale | '' = 'en';

  constructor() {
    super();
    this.categories = undefined;
    this.pageSize = 20;
    this.directions = 'auto';
    this.urlPrefix = 'peer-';
    this.noUrlState = false;
    this.search = emptyFilters();
    this.shown = 20;
    this.selected = '';
    this.notice = '';
    this.typeLabels = ENGLISH_TYPE_LABELS;
  }

  /** The groups that match the current search, in the order shown (read-only copies of the data). */
  get results(): readonly PeerGroup[] {
    return this.found.map((entry) => entry.group);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.search = this.defaultFilters();
    this.shown = this.pageSize;
    if (!this.noUrlState) {
      this.readAddress();
      addEventListener('popstate', this.onPopState);
    }
    addEventListener('beforeprint', this.onBeforePrint);
    // Times ("in 5 minutes", "happening now") move with the clock; once a minute is fine-grained enough.
    this.clock = setInterval(() => this.reindex(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    removeEventListener('beforeprint', this.onBeforePrint);
    clearInterval(this.clock);
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.loader.sync(this.sourceChoice());
    if (changed.has('now') || changed.has('timeZone') || changed.has('categories')) this.reindex();
    const locale = this.locale;
    if (locale !== this.typeLabelsLocale) {
      this.typeLabelsLocale = locale;
      typeLabelsFor(locale).then(
        (labels) => {
          if (this.typeLabelsLocale === locale) this.typeLabels = labels;
        },
        // Codes stay readable in English meanwhile; the next update asks again.
        () => (this.typeLabelsLocale = ''),
      );
    }
  }

  protected override updated(): void {
    if (this.returnFocusTo) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.returnFocusTo);
      // The details heading may wait for its chunk; anything else not there now will not come.
      if (target || !this.selected || this.details) this.returnFocusTo = '';
      // Centred rather than at an edge, where a host page's sticky header (a crisis bar on a phone) would
      // hide what just took focus.
      target?.focus({ preventScroll: true });
      target?.scrollIntoView({ block: 'center' });
    }
  }

  // ---- data ---------------------------------------------------------------------------------------

  private sourceChoice(): SourceChoice {
    return {
      source: this.source,
      feed: this.feed,
      backend: this.backend,
      timeZone: this.config.timezone,
      geocode: (query, options) => (this.geocoder ?? this.backend?.geocode)?.(query, options) ?? Promise.resolve([]),
    };
  }

  private receiveGroups(groups: PeerGroup[]): void {
    this.index = indexGroups(groups, this.clockNow(), this.visitorZone(), this.categoryList());
    if (this.search.origin) withDistances(this.index, this.search.origin);
    this.runSearch();
    setTimeout(() => this.requestDetails(), 0);
    if (this.location.place && !this.search.origin) void this.location.findPlace(this.location.place, false);
  }

  private retryLoad = () => this.loader.retry(this.sourceChoice());

  private reindex(): void {
    if (this.loader.state !== 'ready') return;
    this.index = indexGroups(
      this.index.map((entry) => entry.group),
      this.clockNow(),
      this.visitorZone(),
      this.categoryList(),
    );
    if (this.search.origin) withDistances(this.index, this.search.origin);
    this.runSearch(false);
  }

  private clockNow(): number {
    return this.now?.getTime() ?? Date.now();
  }

  private visitorZone(): string {
    return this.timeZone || browserTimeZone();
  }

  /** Parsed once per `categories` value and language, not on every keystroke and render. */
  private categoryList(): PeerCategory[] {
    // Labels come from the translations actually loaded, so the cache follows them rather than the wish.
    const locale = getLocale();
    const cached = this.parsedCategories;
    if (cached && cached.given === this.categories && cached.locale === locale) return cached.list;
    const list = parseCategories(this.categories) ?? defaultCategories();
    this.parsedCategories = { given: this.categories, locale, list };
    return list;
  }

  private distanceUnit(): 'mi' | 'km' {
    if (this.unit === 'mi' || this.unit === 'km') return this.unit;
    // The full tag ("en-US", not just "en") carries the region that decides miles or kilometres.
    const tag = this.config.locale || document.documentElement.lang || navigator.language;
    return distanceUnitFor(tag, this.config.region);
  }

  // ---- search -------------------------------------------------------------------------------------

  private defaultFilters(): GroupFilters {
    const filters = emptyFilters();
    filters.day = parseDay(this.day);
    filters.times = words(this.time) as TimeOfDay[];
    filters.attendance = (
      ['in-person', 'online', 'hybrid'].includes(this.attendance ?? '') ? this.attendance : ''
    ) as AttendanceFilter;
    filters.categories = words(this.category);
    filters.types = words(this.type);
    filters.access = words(this.access);
    filters.language = words(this.language)[0] ?? '';
    return filters;
  }

  private runSearch(resetPaging = true): void {
    this.found = searchGroups(this.index, this.search, this.categoryList());
    if (resetPaging) this.shown = this.pageSize;
    this.requestUpdate();
    this.emit(new PeerResultsChangeEvent(this.found.length));
    // Said once typing pauses, so a screen reader is not talked over on every keystroke.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countText();
      this.requestUpdate();
    }, 700);
  }

  private countText(): string {
    const count = this.found.length;
    const { inProgress, startingSoon } = countLive(this.found);
    const total =
      count === 0 ? msg('No groups match.') : count === 1 ? msg('1 group found.') : msg(str`${count} groups found.`);
    const now = inProgress ? ' ' + msg(str`${inProgress} happening now.`) : '';
    const soon = startingSoon ? ' ' + msg(str`${startingSoon} starting soon.`) : '';
    return total + now + soon;
  }

  /** Applies a change from the form; typing replaces the history entry, choices add one (so Back undoes them). */
  private changeFilters(change: Partial<GroupFilters>, typing = false): void {
    this.search = { ...this.search, ...change };
    this.runSearch();
    this.writeAddress(typing);
  }

  private clearFilters = () => {
    this.location.clear();
    withDistances(this.index, undefined);
    this.search = emptyFilters();
    this.runSearch();
    this.writeAddress(false);
    this.returnFocusTo = 'input[name="query"]';
  };

  private showMore = () => {
    const firstNew = this.shown;
    this.shown += this.pageSize;
    // Focus goes to the first new result, so keyboard and screen-reader users carry on from there.
    this.returnFocusTo = `[data-index="${firstNew}"] a`;
  };

  // ---- distance -----------------------------------------------------------------------------------

  /** @internal */
  placeGeocoder() {
    const source = this.loader.source;
    return source?.geocode?.bind(source) ?? this.geocoder;
  }

  /** @internal */
  applyOrigin(origin: Origin | undefined): void {
    withDistances(this.index, origin);
    this.changeFilters({ origin, radiusKm: origin ? this.search.radiusKm : undefined });
  }

  /** @internal */
  focusAfterUpdate(selector: string): void {
    this.returnFocusTo = selector;
  }

  // ---- details and address ------------------------------------------------------------------------

  private openGroup = (slug: string) => {
    this.selected = slug;
    this.emit(new PeerGroupSelectEvent(slug));
    this.writeAddress(false);
    this.returnFocusTo = '#details-heading';
  };

  private closeGroup = () => {
    const slug = this.selected;
    this.selected = '';
    this.writeAddress(false);
    // By position, not slug: a slug from a feed may hold characters a CSS selector cannot match (NUL).
    this.returnFocusTo = `[data-index="${this.found.findIndex((entry) => entry.group.slug === slug)}"] a`;
  };

  private addressState(group = this.selected): FinderUrlState {
    return { filters: this.search, place: this.location.place, group };
  }

  /** The address of this search with one group open, for links and sharing. */
  groupUrl = (slug: string): string => addressWith(this.urlPrefix, this.addressState(slug), this.defaultFilters());

  private writeAddress(replace: boolean): void {
    if (!this.noUrlState) updateAddress(this.urlPrefix, this.addressState(), this.defaultFilters(), replace);
  }

  private readAddress(): void {
    const state = readUrlState(new URLSearchParams(location.search), this.urlPrefix, this.defaultFilters());
    const placeChanged = state.place !== this.location.place;
    // The device's location never comes from the address, so it stays; so does a place that did not change.
    const keepOrigin = this.search.origin?.source === 'device' || (!placeChanged && !!state.place);
    this.search = { ...state.filters, origin: keepOrigin ? this.search.origin : undefined };
    this.selected = state.group;
    this.location.place = state.place;
    withDistances(this.index, this.search.origin);
    if (this.loader.state === 'ready' && state.place && placeChanged) void this.location.findPlace(state.place, false);
  }

  private onPopState = () => {
    this.readAddress();
    if (this.loader.state === 'ready') this.runSearch();
  };

  private onBeforePrint = () => {
    // Printing lists every match (up to a sane number of pages), not just the first screenful.
    this.shown = Math.max(this.shown, Math.min(this.found.length, 500));
  };

  private print = async () => {
    this.onBeforePrint();
    await this.updateComplete;
    print();
  };

  /**
   * The details view is its own chunk (it carries directions, sharing and calendar code that a list does not
   * need), fetched while the visitor reads the list so it is there before anyone opens a group.
   */
  private requestDetails(): void {
    if (this.detailsRequested) return;
    this.detailsRequested = true;
    import('./group-details.js').then(
      (module) => {
        this.details = module;
        this.requestUpdate();
      },
      () => (this.detailsRequested = false),
    );
  }

  private showNotice = (notice: string) => {
    this.notice = notice;
  };

  // ---- rendering ----------------------------------------------------------------------------------

  private problemText(): string {
    const error = this.loader.error;
    if (!this.feed?.trim() && !this.loader.source) return msg('This page has no list of groups configured yet.');
    // A feed address the page got wrong is refused before anything is fetched: that is no server's problem.
    if (error instanceof BackendError && error.name !== 'FeedAddressError') {
      if (error.kind === 'offline') return msg('You seem to be offline. Check your connection and try again.');
      if (error.kind === 'timeout') return msg('The list is taking too long to load. Please try again.');
      // An error status or an answer that cannot be read: either way the server, not the visitor's connection.
      return msg('The server had a problem. Please try again in a moment.');
    }
    return msg('The list of groups could not be loaded just now. Please try again.');
  }

  protected override render() {
    const shownFilters = new Set(
      this.filters ? (words(this.filters) as FilterName[]).filter((name) => ALL_FILTERS.includes(name)) : ALL_FILTERS,
    );
    const selectedEntry = this.selected ? this.index.find((entry) => entry.group.slug === this.selected) : undefined;
    const context = {
      locale: this.locale,
      now: this.clockNow(),
      timeZone: this.visitorZone(),
      unit: this.distanceUnit(),
      labels: this.typeLabels,
      origin: this.search.origin,
    };
    return html`<section part="base" class="finder" aria-labelledby="finder-title">
      <h2 id="finder-title" class="sr">${msg('Find a group')}</h2>
      ${
        this.selected && this.loader.state === 'ready'
          ? this.renderDetails(context, selectedEntry)
          : html`${renderFilters({
              shown: shownFilters,
              filters: this.search,
              index: this.index,
              categories: this.categoryList(),
              labels: this.typeLabels,
              unit: context.unit,
              locale: context.locale,
              place: this.location.place,
              placeMessage: this.location.message,
              locating: this.location.state,
              canGeocode: !!this.placeGeocoder(),
              onChange: (change, typing) => this.changeFilters(change, typing),
              onPlace: (text) => void this.location.findPlace(text),
              onNearMe: this.location.explain,
              onShareLocation: this.location.useDevice,
              onCancelLocation: this.location.cancel,
              onClear: this.clearFilters,
              radiusFromUnit: (value) => unitToKm(value, context.unit),
            })}
            ${this.renderBody(context)}`
      }
      <p class="sr" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderDetails(context: GroupView, entry: IndexedGroup | undefined) {
    if (!this.details) {
      this.requestDetails();
      return html`<p class="message" aria-busy="true">${msg('Loading groups…')}</p>`;
    }
    return this.details.renderDetails({
      ...context,
      entry,
      directions: this.directions,
      notice: this.notice,
      pageUrl: this.groupUrl,
      onBack: this.closeGroup,
      onNotice: this.showNotice,
    });
  }

  private renderBody(context: GroupView) {
    if (this.loader.state === 'loading') {
      return html`<p class="message" aria-busy="true">${msg('Loading groups…')}</p>`;
    }
    if (this.loader.state === 'error') {
      return html`<div class="message problem" role="alert">
        <p>${this.problemText()}</p>
        ${
          this.loader.source || this.feed?.trim()
            ? html`<button type="button" @click=${this.retryLoad}>${msg('Try again')}</button>`
            : nothing
        }
      </div>`;
    }
    return renderResults({
      ...context,
      matches: this.found,
      shown: this.shown,
      countText: this.countText(),
      problems: this.loader.problems.length
        ? msg('Some of the lists could not be loaded, so a few groups may be missing.')
        : '',
      groupUrl: this.groupUrl,
      onOpen: this.openGroup,
      onMore: this.showMore,
      onClear: this.clearFilters,
      onPrint: this.print,
    });
  }
}
