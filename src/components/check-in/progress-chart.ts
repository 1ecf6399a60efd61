/**
 * One small line chart per measure, each on its own scale: an SVG image with a title and a summary in
 * words, drawn as one path so that a year of daily check-ins costs one attribute, not 365 templates.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, svg } from 'lit';
import { localYear, pointsBetween, type Series, type SeriesPoint } from './progress-data.js';

/** The drawing's own units (the viewBox, 0 0 320 168): scaled to the width it is given (`.plot` in progress.styles.ts). */
const WIDTH = 320;
const HEIGHT = 168;
const LEFT = 34;
const RIGHT = WIDTH - 14;
const TOP = 12;
const BOTTOM = HEIGHT - 28;
/** Above this many points the line alone is drawn: markers would overlap and cost a template each. */
export const MAX_MARKERS = 60;
const DAY = 86_400_000;

export interface ChartOptions {
  locale: string;
  /** IANA zone the dates are shown in; the device's zone when undefined. */
  timeZone?: string;
  /** The time range shown, in milliseconds; points outside it are left out. */
  from: number;
  to: number;
  /** Unique in the shadow root: the chart's ids start with it. */
  id: string;
  /** The title's heading level. Default 3. */
  headingLevel?: number;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** "4", "13.5", "13,5": at most one decimal, one formatter per language. */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return format.format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The same options, language and zone make the same formatter once; an unknown zone falls back to the device's. */
export function dateFormat(
  locale: string,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat(locale, options);
    }
    dateFormats.set(key, format);
  }
  return format;
}

const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric' };

/** "Mood, 30 check-ins from 1 Nov to 30 Nov. Latest 4 of 5; lowest 2, highest 5." */
function summary(series: Series, points: readonly SeriesPoint[], options: ChartOptions): string {
  const { locale, timeZone } = options;
  const first = points[0];
  const latest = points[points.length - 1];
  const sameYear = localYear(first.time, timeZone) === localYear(latest.time, timeZone);
  const format = dateFormat(locale, timeZone, sameYear ? DAY_MONTH : DAY_MONTH_YEAR);
  const label = series.label;
  const max = formatNumber(series.max, locale);
  const last = formatNumber(latest.value, locale);
  if (points.length === 1) {
    const on = format.format(first.time);
    return `${msg(str`${label}, 1 check-in on ${on}.`)} ${msg(str`Latest ${last} of ${max}.`)}`;
  }
  let low = first.value;
  let high = first.value;
  for (const { value } of points) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  const count = formatNumber(points.length, locale);
  const from = format.format(first.time);
  const to = format.format(latest.time);
  const lowest = formatNumber(low, locale);
  const highest = formatNumber(high, locale);
  return `${msg(str`${label}, ${count} check-ins from ${from} to ${to}.`)} ${msg(
    str`Latest ${last} of ${max}; lowest ${lowest}, highest ${highest}.`,
  )}`;
}

/** A heading of the given level (2–6), built from fixed tags: no static-html needed. */
export function heading(level: number, id: string, className: string, content: unknown) {
  switch (Math.min(6, Math.max(2, Math.round(level) || 2))) {
    case 2:
      return html`<h2 id=${id} class=${className}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${className}>${content}</h6>`;
  }
}

/**
 * The chart for one series between `from` and `to`: a titled SVG image (`role="img"`, named by its
 * visible title, described by the summary in words under it). Nothing when no point falls in the range.
 */
export function renderChart(series: Series, options: ChartOptions) {
  const { locale, timeZone, id } = options;
  const points = pointsBetween(series.points, options.from, options.to);
  if (!points.length) return nothing;
  const from = Math.min(options.from, points[0].time);
  const to = Math.max(options.to, points[points.length - 1].time);
  const span = to - from || 1;
  const xScale = (RIGHT - LEFT) / span;
  const range = series.max - series.min || 1;
  const yScale = (BOTTOM - TOP) / range;
  const { min, max } = series;

  // One path, built as a plain string: Math.round(v * 10) / 10 keeps it short without toFixed's cost.
  let d = '';
  const marked = points.length <= MAX_MARKERS;
  const markers: ReturnType<typeof svg>[] = [];
  for (let i = 0; i < points.length; i++) {
    const point = points[i];
    const value = point.value < min ? min : point.value > max ? max : point.value;
    const x = Math.round((LEFT + (point.time - from) * xScale) * 10) / 10;
    const y = Math.round((BOTTOM - (value - min) * yScale) * 10) / 10;
    d += (i ? 'L' : 'M') + x + ' ' + y;
    if (marked) markers.push(svg`<circle class="marker" cx=${x} cy=${y} r="3.5"></circle>`);
  }

  // A whole number, so that a 0–27 scale reads 14 rather than 13.5.
  const middle = Math.round((min + max) / 2);
  const yTicks = [max, middle, min];
  const xFormat = dateFormat(locale, timeZone, span > 200 * DAY ? MONTH_YEAR : DAY_MONTH);
  const xTicks = [from, from + span / 2, to];
  const anchors = ['start', 'middle', 'end'];
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;

  return html`<div class="chart">
    ${heading(options.headingLevel ?? 3, titleId, 'chart-title', series.label)}
    <svg class="plot" role="img" aria-labelledby=${titleId} aria-describedby=${summaryId} viewBox="0 0 320 168">
      <g class="grid" aria-hidden="true">
        ${yTicks.map((tick) => {
          const y = Math.round((BOTTOM - (tick - min) * yScale) * 10) / 10;
          return svg`<line x1=${LEFT} x2=${RIGHT} y1=${y} y2=${y}></line><text class="tick" x=${LEFT - 6} y=${y} text-anchor="end" dominant-baseline="middle">${formatNumber(tick, locale)}</text>`;
        })}
        ${xTicks.map(
          (tick, i) =>
            svg`<text class="tick" x=${i === 0 ? LEFT : i === 1 ? (LEFT + RIGHT) / 2 : RIGHT} y=${HEIGHT - 8} text-anchor=${anchors[i]}>${xFormat.format(tick)}</text>`,
        )}
      </g>
      <path class="line" d=${d}></path>
      ${marked ? svg`<g class="markers">${markers}</g>` : nothing}
    </svg>
    <p class="summary" id=${summaryId}>${summary(series, points, options)}</p>
  </div>`;
}
