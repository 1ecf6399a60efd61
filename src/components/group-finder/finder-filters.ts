import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { PeerCategory } from './categories.js';
import { kmToUnit, RADIUS_CHOICES } from './distance.js';
import type { AttendanceFilter, GroupFilters, TimeOfDay } from './filters.js';
import type { LocationState } from './finder-location.js';
import { capitalised } from './group-time.js';
import type { IndexedGroup } from './search.js';
import { ACCESS_CODES, isMeetingTypeCode, LANGUAGE_CODES, typeLabel } from './type-labels.js';

export type FilterName =
  'keyword' | 'day' | 'time' | 'attendance' | 'category' | 'type' | 'access' | 'language' | 'distance';

export interface FilterView {
  shown: Set<FilterName>;
  filters: GroupFilters;
  index: IndexedGroup[];
  categories: PeerCategory[];
  labels: Record<string, string>;
  unit: 'mi' | 'km';
  locale: string;
  place: string;
  placeMessage: string;
  locating: LocationState;
  canGeocode: boolean;
  onChange(change: Partial<GroupFilters>, typing?: boolean): void;
  onPlace(text: string): void;
  onNearMe(): void;
  onShareLocation(): void;
  onCancelLocation(): void;
  onClear(): void;
  radiusFromUnit(value: number): number;
}

interface CodesInUse {
  types: string[];
  access: string[];
  languages: string[];
}

const codesCache = new WeakMap<IndexedGroup[], CodesInUse>();

/** Only codes some group has are offered: a filter that can only ever show nothing is noise. */
function codesInUse(index: IndexedGroup[], labels: Record<string, string>): CodesInUse {
  let codes = codesCache.get(index);
  if (!codes) {
    const seen = new Set<string>();
    for (const entry of index) for (const code of entry.group.types) seen.add(code);
    const byLabel = (a: string, b: string) => typeLabel(a, labels).localeCompare(typeLabel(b, labels));
    codes = {
      types: [...seen].filter((code) => isMeetingTypeCode(code) && code in labels).sort(byLabel),
      access: ACCESS_CODES.filter((code) => seen.has(code)),
      languages: LANGUAGE_CODES.filter((code) => seen.has(code)).sort(byLabel),
    };
    codesCache.set(index, codes);
  }
  return codes;
}

function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 4 January 2026 was a Sunday.
  return Array.from({ length: 7 }, (_, day) => capitalised(format.format(Date.UTC(2026, 0, 4 + day)), locale));
}

function timeLabels(): Record<TimeOfDay, string> {
  return {
    morning: msg('Morning (4 am to noon)'),
    afternoon: msg('Afternoon (noon to 5 pm)'),
    evening: msg('Evening (5 pm to 9 pm)'),
    night: msg('Night (9 pm to 4 am)'),
  };
}

const codeOptions = (codes: string[], labels: Record<string, string>): [string, string][] =>
  codes.map((code) => [code, typeLabel(code, labels)]);

const toggled = (list: string[], value: string, on: boolean) =>
  on ? [...new Set([...list, value])] : list.filter((item) => item !== value);

function activeCount(filters: GroupFilters): number {
  return (
    filters.times.length +
    filters.types.length +
    filters.categories.length +
    filters.access.length +
    (filters.language ? 1 : 0)
  );
}

export function hasActiveFilters(filters: GroupFilters): boolean {
  return (
    activeCount(filters) > 0 ||
    !!filters.query.trim() ||
    filters.day !== 'upcoming' ||
    !!filters.attendance ||
    !!filters.origin
  );
}

/** A labelled drop-down; `onPick` gets the chosen option's value. */
function selectField(
  label: string,
  name: string,
  options: [string, string][],
  selected: string,
  onPick: (value: string) => void,
) {
  return html`<label class="field"
    >${label}
    <select name=${name} @change=${(event: Event) => onPick((event.target as HTMLSelectElement).value)}>
      ${options.map(([value, text]) => html`<option value=${value} .selected=${selected === value}>${text}</option>`)}
    </select></label
  >`;
}

function checkboxGroup(
  legend: string,
  name: string,
  options: [string, string][],
  selected: string[],
  view: FilterView,
) {
  if (!options.length) return nothing;
  return html`<fieldset class="choices">
    <legend>${legend}</legend>
    ${options.map(
      ([value, label]) =>
        html`<label class="check"
          ><input
            type="checkbox"
            name=${name}
            .value=${value}
            .checked=${selected.includes(value)}
            @change=${(event: Event) =>
              view.onChange({
                [name]: toggled(selected, value, (event.target as HTMLInputElement).checked),
              } as Partial<GroupFilters>)}
          />
          ${label}</label
        >`,
    )}
  </fieldset>`;
}

function renderDistance(view: FilterView) {
  const { filters, unit } = view;
  const radiusValue = filters.radiusKm === undefined ? '' : String(Math.round(kmToUnit(filters.radiusKm, unit)));
  const unitWord = unit === 'mi' ? msg('miles') : msg('km');
  return html`<fieldset class="distance">
    <legend>${msg('Distance')}</legend>
    <div class="row">
      <button type="button" id="near-me" @click=${view.onNearMe} ?disabled=${view.locating === 'finding'}>
        ${view.locating === 'finding' ? msg('Finding your location…') : msg('Use my location')}
      </button>
      ${
        view.canGeocode
          ? html`<span class="place">
              <label for="place">${msg('or postal code or city')}</label>
              <input
                id="place"
                name="place"
                type="text"
                autocomplete="postal-code"
                .value=${view.place}
                @keydown=${(event: KeyboardEvent) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    view.onPlace((event.target as HTMLInputElement).value);
                  }
                }}
              />
              <button
                type="button"
                @click=${(event: Event) =>
                  view.onPlace(
                    ((event.target as HTMLElement).parentElement!.querySelector('input') as HTMLInputElement).value,
                  )}
              >
                ${msg('Set place')}
              </button>
            </span>`
          : nothing
      }
      ${selectField(
        msg('Within'),
        'radius',
        [
          ['', msg('Any distance')],
          ...RADIUS_CHOICES[unit].map((value): [string, string] => [`${value}`, `${value} ${unitWord}`]),
        ],
        radiusValue,
        (value) => view.onChange({ radiusKm: value ? view.radiusFromUnit(Number(value)) : undefined }),
      )}
    </div>
    ${
      view.locating === 'explain'
        ? html`<div class="explain" id="locate-explain" tabindex="-1" role="group" aria-label=${msg('Use my location')}>
            <p>
              ${msg(
                'Your browser will ask whether to share your location. It is used only on this device, to measure how far each group is. It is not sent to anyone or saved.',
              )}
            </p>
            <button type="button" class="primary" @click=${view.onShareLocation}>${msg('Share my location')}</button>
            <button type="button" @click=${view.onCancelLocation}>${msg('Not now')}</button>
          </div>`
        : nothing
    }
    <p class="hint" aria-live="polite">${view.placeMessage}</p>
  </fieldset>`;
}

/** The search form: the filters a visitor needs most in view, the rest behind "More filters". */
export function renderFilters(view: FilterView) {
  const { shown, filters, labels } = view;
  const codes = codesInUse(view.index, labels);
  const days = weekdayNames(view.locale);
  const attendanceOptions: [AttendanceFilter, string][] = [
    ['', msg('Any way')],
    ['in-person', msg('In person')],
    ['online', msg('Online')],
    ['hybrid', msg('Hybrid (both)')],
  ];
  const times = timeLabels();
  const more = activeCount(filters);
  return html`<form class="filters" role="search" @submit=${(event: Event) => event.preventDefault()}>
    <div class="row">
      ${
        shown.has('keyword')
          ? html`<label class="field grow"
              >${msg('Search by name, place or notes')}
              <input
                name="query"
                type="search"
                autocomplete="off"
                .value=${filters.query}
                @input=${(event: Event) => view.onChange({ query: (event.target as HTMLInputElement).value }, true)}
            /></label>`
          : nothing
      }
      ${
        shown.has('day')
          ? selectField(
              msg('Day'),
              'day',
              [
                ['upcoming', msg('Upcoming, soonest first')],
                ...days.map((name, day): [string, string] => [`${day}`, name]),
              ],
              String(filters.day),
              (value) => view.onChange({ day: value === 'upcoming' ? 'upcoming' : Number(value) }),
            )
          : nothing
      }
      ${
        shown.has('attendance')
          ? selectField(msg('How'), 'attendance', attendanceOptions, filters.attendance, (value) =>
              view.onChange({ attendance: value as AttendanceFilter }),
            )
          : nothing
      }
    </div>
    ${shown.has('distance') ? renderDistance(view) : nothing}
    <details class="more" ?open=${more > 0}>
      <summary>${more ? msg(str`More filters (${more} on)`) : msg('More filters')}</summary>
      ${
        shown.has('time')
          ? checkboxGroup(
              msg('Time of day'),
              'times',
              (Object.keys(times) as TimeOfDay[]).map((key) => [key, times[key]]),
              filters.times,
              view,
            )
          : nothing
      }
      ${
        shown.has('category')
          ? checkboxGroup(
              msg('Kind of group'),
              'categories',
              view.categories.map((category) => [category.id, category.label]),
              filters.categories,
              view,
            )
          : nothing
      }
      ${
        shown.has('access')
          ? checkboxGroup(msg('Access needs'), 'access', codeOptions(codes.access, labels), filters.access, view)
          : nothing
      }
      <div class="row">
        ${
          shown.has('type') && codes.types.length
            ? selectField(
                msg('Meeting type'),
                'type',
                [['', msg('Any type')], ...codeOptions(codes.types, labels)],
                filters.types[0] ?? '',
                (value) => view.onChange({ types: value ? [value] : [] }),
              )
            : nothing
        }
        ${
          shown.has('language') && codes.languages.length
            ? selectField(
                msg('Language'),
                'language',
                [['', msg('Any language')], ...codeOptions(codes.languages, labels)],
                filters.language,
                (value) => view.onChange({ language: value }),
              )
            : nothing
        }
      </div>
    </details>
    ${
      hasActiveFilters(filters)
        ? html`<button type="button" class="link" @click=${view.onClear}>${msg('Clear all filters')}</button>`
        : nothing
    }
  </form>`;
}
