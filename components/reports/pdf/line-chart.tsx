import { Circle, G, Line, Polygon, Polyline, Svg, Text, View } from '@react-pdf/renderer';
import { INK, pdfStyles } from './theme';

export interface ChartSeries {
  label: string;
  color: string;
  dash?: string;
  values: readonly (number | null)[];
  /** A 95 % interval drawn as a band around the line. */
  low?: readonly (number | null)[];
  high?: readonly (number | null)[];
}

interface Props {
  width: number;
  height: number;
  /** One label per point on the x axis. */
  labels: readonly string[];
  series: readonly ChartSeries[];
  yTicks: readonly number[];
  yFormat?: (value: number) => string;
  xTitle: string;
}

const PAD = { left: 24, right: 8, top: 6, bottom: 24 };
const TICK = { fontSize: 6.5 } as object;

/** Runs of consecutive points with a value: a missing score breaks the line instead of bridging it. */
function runs(points: readonly ([number, number] | null)[]): [number, number][][] {
  const out: [number, number][][] = [[]];
  for (const p of points) {
    if (p) out[out.length - 1].push(p);
    else if (out[out.length - 1].length) out.push([]);
  }
  return out.filter((r) => r.length > 0);
}

/** A small line chart drawn with PDF vector primitives, with its legend below. */
export function PdfLineChart({ width, height, labels, series, yTicks, yFormat = String, xTitle }: Props) {
  const yMin = yTicks[0];
  const yMax = yTicks[yTicks.length - 1];
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length <= 1 ? plotW / 2 : (i * plotW) / (labels.length - 1));
  const y = (v: number) => PAD.top + plotH - ((Math.min(Math.max(v, yMin), yMax) - yMin) / (yMax - yMin)) * plotH;
  const every = Math.ceil(labels.length / 12);
  return (
    <View>
      <Svg width={width} height={height}>
        {yTicks.map((t) => (
          <G key={t}>
            <Line x1={PAD.left} x2={width - PAD.right} y1={y(t)} y2={y(t)} stroke={INK.border} strokeWidth={0.5} />
            <Text x={PAD.left - 3} y={y(t) + 2.2} textAnchor="end" fill={INK.muted} style={TICK}>
              {yFormat(t)}
            </Text>
          </G>
        ))}
        {labels.map((label, i) =>
          i % every === 0 ? (
            <Text key={label} x={x(i)} y={PAD.top + plotH + 9} textAnchor="middle" fill={INK.muted} style={TICK}>
              {label}
            </Text>
          ) : null,
        )}
        <Text x={PAD.left + plotW / 2} y={height - 3} textAnchor="middle" fill={INK.muted} style={TICK}>
          {xTitle}
        </Text>
        {series.map((s) => {
          if (!s.low || !s.high) return null;
          const low = s.low;
          const high = s.high;
          return runs(labels.map((_, i) => (low[i] != null && high[i] != null ? [i, 0] : null))).map((run) => (
            <Polygon
              key={`${s.label}-${run[0][0]}`}
              points={[...run.map(([i]) => `${x(i)},${y(high[i]!)}`), ...[...run].reverse().map(([i]) => `${x(i)},${y(low[i]!)}`)].join(' ')}
              fill={s.color}
              fillOpacity={0.14}
            />
          ));
        })}
        {series.map((s) =>
          runs(s.values.map((v, i) => (v == null ? null : [x(i), y(v)]))).map((run) => (
            <G key={`${s.label}-${run[0][0]}`}>
              {run.length > 1 && (
                <Polyline
                  points={run.map(([px, py]) => `${px},${py}`).join(' ')}
                  stroke={s.color}
                  strokeWidth={1.4}
                  strokeDasharray={s.dash}
                  fill="none"
                />
              )}
              {run.map(([px, py]) => (
                <Circle key={px} cx={px} cy={py} r={1.8} fill={s.color} />
              ))}
            </G>
          )),
        )}
      </Svg>
      <View style={[pdfStyles.row, { flexWrap: 'wrap', marginTop: 2 }]}>
        {series.map((s) => (
          <View key={s.label} style={[pdfStyles.row, { alignItems: 'center', marginRight: 10 }]}>
            <View style={{ width: 10, height: 2, backgroundColor: s.color, marginRight: 3 }} />
            <Text style={[pdfStyles.small, pdfStyles.muted]}>{s.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
