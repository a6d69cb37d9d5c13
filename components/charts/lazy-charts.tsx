'use client';

import dynamic from 'next/dynamic';

/**
 * The charts, loaded after the page: recharts is most of a page's JavaScript, and neither the server render (a chart
 * draws only once it knows its width) nor the first paint of the figures and tables waits for it. Each placeholder
 * keeps the chart's box at its height, so nothing moves when the chart draws.
 */
function box(height?: number) {
  return function ChartLoading() {
    return <div className="chart-box" style={height ? { height } : undefined} aria-hidden />;
  };
}

export const ProgressChart = dynamic(() => import('./progress-chart').then((m) => m.ProgressChart), { ssr: false, loading: box(300) });
export const InjectionsChart = dynamic(() => import('./injections-chart').then((m) => m.InjectionsChart), { ssr: false, loading: box() });
export const ResponderChart = dynamic(() => import('../outcomes/responder-chart').then((m) => m.ResponderChart), { ssr: false, loading: box() });
export const ScoreTrendChart = dynamic(() => import('../outcomes/score-trend-chart').then((m) => m.ScoreTrendChart), {
  ssr: false,
  loading: box(200),
});
export const TimeToResponseChart = dynamic(() => import('../outcomes/time-to-response-chart').then((m) => m.TimeToResponseChart), {
  ssr: false,
  loading: box(220),
});
export const WeekCurvesChart = dynamic(() => import('../outcomes/week-curves-chart').then((m) => m.WeekCurvesChart), {
  ssr: false,
  loading: box(260),
});
