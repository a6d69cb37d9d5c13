import { Circle, Ellipse, G, Path, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { SILHOUETTE } from '@/lib/domain/body-map-layout';
import type { BodyMapMark } from '@/lib/reports/body-map-marks';
import { plural } from '@/lib/outcomes/format';
import { INK, pdfStyles } from './theme';

const SCALE = 0.48;
const LABEL = { fontSize: 6.5 };
const NUMBER = { fontSize: 8, fontWeight: 600 };
/** SVG text takes its size in the drawing's own units (the 200 × 450 layout). */
const MARK_NUMBER = { fontSize: 17, fontWeight: 600 } as object;

function BodyView({ title, sideNotes, marks }: { title: string; sideNotes: [string, string]; marks: BodyMapMark[] }) {
  return (
    <View style={{ alignItems: 'center', marginRight: 6 }}>
      <Text style={[pdfStyles.small, pdfStyles.bold, { marginBottom: 2 }]}>{title}</Text>
      <Svg width={200 * SCALE} height={450 * SCALE} viewBox="0 0 200 450">
        <G fill="#e7ecf1" stroke="#b8c2cc" strokeWidth={1.2}>
          <Ellipse {...SILHOUETTE.head} />
          <Rect {...SILHOUETTE.neck} />
          {SILHOUETTE.paths.map((d) => (
            <Path key={d} d={d} />
          ))}
        </G>
        {marks.map((m) => (
          <G key={m.number}>
            <Circle cx={m.x} cy={m.y} r={13} fill={INK.accent} stroke="#ffffff" strokeWidth={2} />
            <Text x={m.x} y={m.y + 6} textAnchor="middle" fill="#ffffff" style={MARK_NUMBER}>
              {String(m.number)}
            </Text>
          </G>
        ))}
      </Svg>
      <View style={[pdfStyles.row, { width: 200 * SCALE, justifyContent: 'space-between' }]}>
        <Text style={[LABEL, pdfStyles.muted]}>{sideNotes[0]}</Text>
        <Text style={[LABEL, pdfStyles.muted]}>{sideNotes[1]}</Text>
      </View>
    </View>
  );
}

/** The course's injected sites on front and back body views, numbered, with a legend of sites and injections. */
export function BodyMapFigure({ marks }: { marks: BodyMapMark[] }) {
  return (
    <View style={pdfStyles.row} wrap={false}>
      <BodyView title="Front" sideNotes={['Right', 'Left']} marks={marks.filter((m) => m.view === 'front')} />
      <BodyView title="Back" sideNotes={['Left', 'Right']} marks={marks.filter((m) => m.view === 'back')} />
      <View style={{ flex: 1, marginLeft: 8, paddingTop: 12 }}>
        {marks.map((m) => (
          <View key={m.number} style={[pdfStyles.row, { marginBottom: 3 }]}>
            <Text style={[NUMBER, { width: 14, color: INK.accent }]}>{m.number}</Text>
            <View style={{ flex: 1 }}>
              <Text style={pdfStyles.bold}>
                {m.place}{' '}
                <Text style={[pdfStyles.muted, { fontWeight: 400 }]}>
                  ({m.view}) · {plural(m.injections, 'injection')}
                </Text>
              </Text>
              {m.sites.map((s) => (
                <Text key={s.label} style={pdfStyles.small}>
                  {s.label}: {plural(s.injections, 'injection')} in {plural(s.sessions, 'session')}
                </Text>
              ))}
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
