/**
 * The one colour table for every chart. Each value is a custom property of app/globals.css, so a chart, a figure
 * card and the score entry always agree: pain, mobility and sleep keep their Okabe–Ito colour (and their own dash
 * and marker) wherever they are drawn.
 */
export const MEASURE_SERIES = {
  pain: { label: 'Pain', colour: 'var(--pain)', lowerIsBetter: true, dash: undefined },
  mobility: { label: 'Mobility', colour: 'var(--mobility)', lowerIsBetter: false, dash: '6 3' },
  sleep: { label: 'Sleep', colour: 'var(--sleep)', lowerIsBetter: false, dash: '2 3' },
} as const;

export type MeasureKey = keyof typeof MEASURE_SERIES;

export const MEASURE_KEYS = Object.keys(MEASURE_SERIES) as MeasureKey[];

/** "lower is better" for pain, "higher is better" for mobility and sleep. */
export function betterDirection(measure: MeasureKey): string {
  return MEASURE_SERIES[measure].lowerIsBetter ? 'lower is better' : 'higher is better';
}

export const CHART_COLOURS = {
  grid: 'var(--chart-grid)',
  reference: 'var(--muted)',
  injections: 'var(--injections)',
  injectionsEdge: 'var(--injections-edge)',
  responder: 'var(--green)',
  /** Groups too small to judge. */
  responderSmall: 'var(--green-light)',
} as const;
