/** Okabe–Ito series colours (docs/ui.md): each measure keeps its colour on every chart. */
export const MEASURE_COLORS = { pain: '#d55e00', mobility: '#0072b2', sleep: '#009e73' } as const;
export const NEUTRAL_SERIES = '#56606e';
export const RESPONDER_GREEN = '#1d7a46';
export const GRID_STROKE = '#e3e7ec';
export const RESPONDER_GREEN_LIGHT = '#a8d5b9';
