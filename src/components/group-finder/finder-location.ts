import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Place, RequestOptions } from '../../api/types.js';
import type { Origin } from './filters.js';

export type LocationState = '' | 'explain' | 'finding';
type Geocode = (query: string, options?: RequestOptions) => Promise<Place[]>;

export interface LocationHost extends ReactiveControllerHost {
  /** The geocoder of the finder's source, else the one the host page passed. */
  placeGeocoder(): Geocode | undefined;
  /** Measure from here (or stop measuring); `place` is what goes into the address. */
  applyOrigin(origin: Origin | undefined, place: string): void;
  focusAfterUpdate(selector: string): void;
}

/**
 * Where distances are measured from: a typed postal code or city (looked up by the source's geocoder), or
 * the device's location, asked for only after saying plainly what it is for.
 */
export class LocationController implements ReactiveController {
  /** The postal code or city as typed. */
  place = '';
  /** The outcome, said to the visitor (a live region shows it). */
  message = '';
  state: LocationState = '';
  private request?: AbortController;
  private readonly host: LocationHost;

  constructor(host: LocationHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.request?.abort();
  }

  private say(message: string, state: LocationState = this.state): void {
    this.message = message;
    this.state = state;
    this.host.requestUpdate();
  }

  clear(): void {
    this.request?.abort();
    this.place = '';
    this.say('', '');
  }

  /** Looks a place up; `announce` is false when reopening a bookmarked search (nothing new to say). */
  async findPlace(text: string, announce = true): Promise<void> {
    const query = text.trim();
    this.request?.abort();
    if (!query) {
      this.place = '';
      this.say('');
      return this.host.applyOrigin(undefined, '');
    }
    const geocode = this.host.placeGeocoder();
    if (!geocode) return this.say(msg('Searching by postal code or city is not available here.'));
    const request = (this.request = new AbortController());
    this.say(msg('Looking up that place…'));
    try {
      const [best] = await geocode(query, { signal: request.signal });
      if (request.signal.aborted) return;
      if (!best) return this.say(msg(str`We could not find "${query}". Try a postal code, or a city and state.`));
      this.place = query;
      this.say(announce ? msg(str`Distances are from ${best.label}.`) : '');
      this.host.applyOrigin(
        { latitude: best.latitude, longitude: best.longitude, label: best.label, source: 'place' },
        query,
      );
    } catch {
      if (!request.signal.aborted) this.say(msg('That place could not be looked up just now. Please try again.'));
    }
  }

  /** First step of "near me": an explanation, before the browser's own question. */
  explain = () => {
    this.say(this.message, 'explain');
    this.host.focusAfterUpdate('#locate-explain');
  };

  cancel = () => {
    this.say(this.message, '');
    this.host.focusAfterUpdate('#near-me');
  };

  useDevice = () => {
    if (!('geolocation' in navigator)) {
      return this.say(msg('This browser cannot share a location. Type a postal code or city instead.'), '');
    }
    this.say(this.message, 'finding');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.place = '';
        this.say(msg('Distances are from where you are now.'), '');
        this.host.applyOrigin(
          { latitude: position.coords.latitude, longitude: position.coords.longitude, label: '', source: 'device' },
          '',
        );
      },
      (error) =>
        this.say(
          error.code === error.PERMISSION_DENIED
            ? msg('Your location was not shared. You can type a postal code or city instead.')
            : msg('Your location could not be found just now. You can type a postal code or city instead.'),
          '',
        ),
      { timeout: 15_000, maximumAge: 300_000 },
    );
  };
}
