import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
import { PeerElement } from '../../core/base-element.js';
import { themeTokens } from '../../core/theme.js';
import type { StoredCheckIn } from './check-in-model.js';
import { dateFormat, formatNumber, heading, renderChart } from './progress-chart.js';
import {
  localYear,
  pointsBetween,
  seriesFrom,
  streaks,
  weekTrend,
  type Measure,
  type Series,
  type Streaks,
  type WeekTrend,
} from './progress-data.js';
import { progressStyles } from './progress.styles.js';

const DAY = 86_400_000;

export type ProgressRange = '30d' | '90d' | '12m' | 'all';
export type ProgressView = 'chart' | 'table';

const DATE: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' };
const DATE_YEAR: Intl.DateTimeFormatOptions = { ...DATE, year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
const RANGES: ProgressRange[] = ['30d', '90d', '12m', 'all'];
const RANGE_DAYS: Record<Exclude<ProgressRange, 'all'>, number> = { '30d': 30, '90d': 90, '12m': 365 };

function rangeLabel(range: ProgressRange): string {
  switch (range) {
    case '30d':
      return msg('Last 30 days');
    case '90d':
      return msg('Last 90 days');
    case '12m':
      return msg('Last 12 months');
    default:
      return msg('All');
  }
}

/** "Mood: up 1 point on last week": the direction and size only, never whether that is good or bad. */
export function trendText(series: Pick<Series, 'label' | 'unit'>, trend: WeekTrend, locale: string): string {
  const label = series.label;
  const size = Math.abs(trend.change);
  if (size < 0.5) return msg(str`${label}: about the same as last week`);
  const amount = formatNumber(size, locale);
  const up = trend.change > 0;
  if (series.unit === 'percent') {
    if (size === 1) {
      return up
        ? msg(str`${label}: up 1 percentage point on last week`)
        : msg(str`${label}: down 1 percentage point on last week`);
    }
    return up
      ? msg(str`${label}: up ${amount} percentage points on last week`)
      : msg(str`${label}: down ${amount} percentage points on last week`);
  }
  if (size === 1) {
    return up ? msg(str`${label}: up 1 point on last week`) : msg(str`${label}: down 1 point on last week`);
  }
  return up
    ? msg(str`${label}: up ${amount} points on last week`)
    : msg(str`${label}: down ${amount} points on last week`);
}

/** What the person has done, never what they missed. */
function streakSentences(runs: Streaks, locale: string): string[] {
  const sentences: string[] = [];
  if (runs.current >= 2) {
    sentences.push(msg(str`You have checked in ${formatNumber(runs.current, locale)} days in a row.`));
  }
  if (runs.daysInLast30 === 1) sentences.push(msg('1 check-in day in the last 30 days.'));
  else if (runs.daysInLast30 > 1) {
    sentences.push(msg(str`${formatNumber(runs.daysInLast30, locale)} check-in days in the last 30 days.`));
  }
  // Said only when it adds something: a current run as long as the longest was just told.
  if (runs.longest >= 2 && runs.longest > runs.current) {
    sentences.push(msg(str`Your longest run: ${formatNumber(runs.longest, locale)} days in a row.`));
  }
  return sentences;
}

/** A measure id made safe for `id` and IDREF lists. */
const idPart = (id: string) => id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`);

interface Row {
  time: number;
  values: (number | undefined)[];
}

/**
 * The progress part of `<peer-check-in>`: one small chart per measure (or one table with them all), the
 * change on last week in words, and runs of check-in days told without blame. Defined as
 * `peer-check-in-progress` by the check-in element when its chunk loads; not defined at import.
 *
 * @summary Check-in history as charts or a table, with trends and streaks in words.
 */
export class PeerCheckInProgress extends PeerElement {
  static override styles = [themeTokens, progressStyles];

  static override properties = {
    checkIns: { attribute: false },
    measures: { attribute: false },
    now: { type: Number, attribute: false },
    timeZone: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    range: { attribute: false },
    view: { attribute: false },
  };

  /** Sent and pending check-ins alike, in any order. */
  declare checkIns: StoredCheckIn[];
  /** What to chart, in the order shown. */
  declare measures: Measure[];
  /** The clock for "last week", "today" and the ranges. Default: the time of each render. */
  declare now?: number;
  /** The person's IANA time zone, for calendar days and dates. Default: the device's. */
  declare timeZone?: string;
  /** Level of the "Your progress" heading (2–6); each chart's title is one below. Default 2. */
  declare headingLevel: number;
  /** The time range shown. Default the last 30 days. */
  declare range: ProgressRange;
  /** Charts or the table. */
  declare view: ProgressView;

  private series: Series[] = [];
  private runs: Streaks = { current: 0, longest: 0, daysInLast30: 0 };
  private rows?: Row[];
  private measuresKey?: string;

  constructor() {
    super();
    this.checkIns = [];
    this.measures = [];
    this.headingLevel = 2;
    this.range = '30d';
    this.view = 'chart';
  }

  /** The zone for dates and days; a zone Intl does not know falls back to the device's (see dateFormat). */
  private get zone(): string | undefined {
    return this.timeZone || undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const now = this.now ?? Date.now();
    // A host may pass a new but equal list of measures at every render: the series are made again only when
    // the check-ins or what the measures say (id, label, scale) changed.
    const measuresKey = (this.measures ?? [])
      .map(
        (measure) => `${measure.id}\u0001${measure.label}\u0001${measure.min}\u0001${measure.max}\u0001${measure.unit}`,
      )
      .join('\u0002');
    if (changed.has('checkIns') || measuresKey !== this.measuresKey) {
      this.measuresKey = measuresKey;
      this.series = seriesFrom(this.checkIns ?? [], this.measures ?? []);
      this.rows = undefined;
    }
    if (changed.has('checkIns') || changed.has('now') || changed.has('timeZone')) {
      const times = (this.checkIns ?? []).map((checkIn) => Date.parse(checkIn.recordedAt));
      this.runs = streaks(times, this.zone, now);
    }
  }

  /** One row per check-in with at least one measure, oldest first; made only when the table is shown. */
  private tableRows(): Row[] {
    if (this.rows) return this.rows;
    const rows: Row[] = [];
    for (const checkIn of this.checkIns ?? []) {
      const time = Date.parse(checkIn.recordedAt);
      if (!Number.isFinite(time)) continue;
      const values = this.series.map((series) => {
        const value = series.value(checkIn.answers ?? {});
        return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
      });
      if (values.some((value) => value !== undefined)) rows.push({ time, values });
    }
    rows.sort((a, b) => a.time - b.time);
    return (this.rows = rows);
  }

  private from(now: number): number {
    if (this.range !== 'all') return now - (RANGE_DAYS[this.range] ?? 30) * DAY;
    let first = now;
    for (const series of this.series) first = Math.min(first, series.points[0].time);
    return first;
  }

  private chooseRange(event: Event) {
    const value = (event.target as HTMLInputElement).value as ProgressRange;
    if (RANGES.includes(value)) this.range = value;
  }

  private toggleView() {
    this.view = this.view === 'table' ? 'chart' : 'table';
  }

  /** One table for every measure with a value in the range: a column each, a row per check-in, oldest first. */
  private renderTable(columns: Series[], from: number, to: number, locale: string) {
    const rows = this.tableRows();
    const indexes = columns.map((series) => this.series.indexOf(series));
    let start = 0;
    while (start < rows.length && rows[start].time < from) start++;
    let end = start;
    while (end < rows.length && rows[end].time <= to) end++;
    const shown = rows.slice(start, end);
    // The year only when the rows are not all in this year; the time on a line of its own.
    const thisYear = localYear(to, this.zone);
    const withYear = shown.length > 0 && localYear(shown[0].time, this.zone) !== thisYear;
    const date = dateFormat(locale, this.zone, withYear ? DATE_YEAR : DATE);
    const time = dateFormat(locale, this.zone, TIME);
    const captionId = 'progress-caption';
    return html`<div class="table-wrap" role="region" aria-labelledby=${captionId} tabindex="0">
      <table>
        <caption id=${captionId}>
          ${msg(str`Your check-ins: ${rangeLabel(this.range)}`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Date')}</th>
            ${columns.map((series) => html`<th scope="col">${series.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (row) =>
              html`<tr>
                <td>
                  <span class="day">${date.format(row.time)}</span> <span class="time">${time.format(row.time)}</span>
                </td>
                ${indexes.map((index) => {
                  const value = row.values[index];
                  return html`<td class="number">${value === undefined ? '' : formatNumber(value, locale)}</td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const locale = this.locale;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    const title = heading(level, 'progress-heading', 'heading', msg('Your progress'));
    if (!this.series.length) {
      return html`<section part="base" aria-labelledby="progress-heading">
        ${title}
        <p class="empty">${msg('Your check-ins will appear here.')}</p>
      </section>`;
    }
    const now = this.now ?? Date.now();
    const from = this.from(now);
    const table = this.view === 'table';
    const shown = this.series.filter((series) => pointsBetween(series.points, from, now).length);
    const trends = this.series.flatMap((series) => {
      const trend = weekTrend(series, now);
      return trend ? [trendText(series, trend, locale)] : [];
    });
    const sentences = streakSentences(this.runs, locale);
    return html`<section part="base" aria-labelledby="progress-heading">
      ${title}
      ${sentences.length ? html`<div class="streaks">${sentences.map((sentence) => html`<p>${sentence}</p>`)}</div>` : nothing}
      ${
        trends.length
          ? html`<ul class="trends">
              ${trends.map((trend) => html`<li>${trend}</li>`)}
            </ul>`
          : nothing
      }
      <div class="controls">
        <fieldset class="range">
          <legend>${msg('Time range')}</legend>
          <div class="choices">
            ${RANGES.map(
              (range) =>
                html`<label class="choice"
                  ><input
                    type="radio"
                    name="range"
                    value=${range}
                    .checked=${this.range === range}
                    @change=${this.chooseRange}
                  />${rangeLabel(range)}</label
                >`,
            )}
          </div>
        </fieldset>
        <button type="button" class="toggle" @click=${this.toggleView}>
          ${table ? msg('Show as a chart') : msg('Show as a table')}
        </button>
      </div>
      ${
        !shown.length
          ? html`<p class="empty">
              ${msg('There are no check-ins in this time range. A longer range shows earlier ones.')}
            </p>`
          : table
            ? this.renderTable(shown, from, now, locale)
            : html`<div class="charts">
                ${shown.map((series) =>
                  renderChart(series, {
                    locale,
                    timeZone: this.zone,
                    from,
                    to: now,
                    id: `chart-${idPart(series.id)}`,
                    headingLevel: level + 1,
                  }),
                )}
              </div>`
      }
    </section>`;
  }
}
