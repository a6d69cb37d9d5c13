import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { GroupRow, ReportContent } from '@/lib/reports/outcomes-report-content';
import { MEASURE_SERIES, betterDirection } from '@/components/charts/palette';
import { MEASURES } from '@/lib/domain/outcome-rules';
import { PdfLineChart } from './line-chart';
import { INK, pdfStyles as s } from './theme';

const CARD_WIDTH = 114.5;
const TONES: Record<string, string> = { green: INK.green, red: INK.red, amber: INK.amber, pain: INK.pain, mobility: INK.mobility, sleep: INK.sleep };

function Figures({ content }: { content: ReportContent }) {
  return (
    <View style={[s.row, { flexWrap: 'wrap', marginHorizontal: -4 }]}>
      {content.figures.map((f) => (
        <View
          key={f.id}
          wrap={false}
          style={{
            width: CARD_WIDTH,
            margin: 4,
            padding: 6,
            borderWidth: 0.75,
            borderColor: INK.border,
            borderRadius: 4,
            borderTopWidth: 2,
            borderTopColor: f.tone ? TONES[f.tone] : INK.border,
          }}
        >
          <Text style={[s.small, s.muted]}>{f.label}</Text>
          <Text style={{ fontSize: 15, fontWeight: 600, marginVertical: 2 }}>{f.value}</Text>
          <Text style={[s.small, s.muted]}>{f.hint}</Text>
          {f.interval ? <Text style={s.small}>{f.interval}</Text> : null}
        </View>
      ))}
    </View>
  );
}

function ScoreCharts({ content }: { content: ReportContent }) {
  const labels = content.series.map((p) => String(p.session));
  return (
    <View wrap={false}>
      <Text style={s.h2}>Scores by session number</Text>
      <Text style={[s.small, s.muted, { marginBottom: 4 }]}>
        Cohort mean on the 0–10 scale with its 95 % confidence band. {content.scoresSummary}
      </Text>
      <View style={[s.row, { justifyContent: 'space-between' }]}>
        {MEASURES.map((m) => (
          <PdfLineChart
            key={m}
            width={160}
            height={110}
            labels={labels}
            xTitle="Session"
            yTicks={[0, 2, 4, 6, 8, 10]}
            series={[
              {
                label: `${MEASURE_SERIES[m].label} (${betterDirection(m)})`,
                color: INK[m],
                values: content.series.map((p) => p[m].mean),
                low: content.series.map((p) => p[m].low),
                high: content.series.map((p) => p[m].high),
              },
            ]}
          />
        ))}
      </View>
    </View>
  );
}

function ProgressCharts({ content }: { content: ReportContent }) {
  const maxInjections = Math.max(1, ...content.series.map((p) => p.meanInjections ?? 0));
  const top = Math.ceil(maxInjections);
  const step = Math.max(1, Math.ceil(top / 5));
  return (
    <View style={[s.row, { justifyContent: 'space-between' }]} wrap={false}>
      <View style={{ width: 240 }}>
        <Text style={s.h2}>Injections per session</Text>
        <Text style={[s.small, s.muted, { marginBottom: 4, height: 34 }]}>{content.injectionsSummary}</Text>
        <PdfLineChart
          width={240}
          height={120}
          labels={content.series.map((p) => String(p.session))}
          xTitle="Session"
          yTicks={Array.from({ length: Math.ceil(top / step) + 1 }, (_, i) => i * step)}
          series={[{ label: 'Mean injections per session', color: INK.injections, values: content.series.map((p) => p.meanInjections) }]}
        />
      </View>
      <View style={{ width: 240 }}>
        <Text style={s.h2}>Time to response</Text>
        <Text style={[s.small, s.muted, { marginBottom: 4, height: 34 }]}>{content.curveSummary.split('. ')[0]}.</Text>
        <PdfLineChart
          width={240}
          height={120}
          labels={content.curve.map((p) => String(p.session))}
          xTitle="Session"
          yTicks={[0, 0.25, 0.5, 0.75, 1]}
          yFormat={(v) => `${Math.round(v * 100)}%`}
          series={[{ label: 'Share of courses responded (Kaplan–Meier)', color: INK.green, values: content.curve.map((p) => p.share) }]}
        />
      </View>
    </View>
  );
}

const COLUMNS: [keyof GroupRow, string, number][] = [
  ['courses', 'Courses', 40],
  ['responderRate', 'Responder rate (primary)', 72],
  ['interval', '95 % CI', 52],
  ['painChange', 'Mean pain change', 66],
  ['median', 'Median sessions to response', 74],
  ['discontinued', 'Discontinued', 58],
];

function GroupTable({ title, groupLabel, rows, note }: { title: string; groupLabel: string; rows: GroupRow[]; note: string }) {
  return (
    <View>
      <View wrap={false}>
        <Text style={s.h2}>{title}</Text>
        <View style={s.tableHead}>
          <Text style={{ flex: 1 }}>{groupLabel}</Text>
          {COLUMNS.map(([key, label, width]) => (
            <Text key={key} style={[s.num, { width, paddingLeft: 6 }]}>
              {label}
            </Text>
          ))}
        </View>
      </View>
      {rows.length === 0 && <Text style={[s.muted, { paddingVertical: 4 }]}>No courses match these filters.</Text>}
      {rows.map((r) => (
        <View key={r.label} style={s.tableRow} wrap={false}>
          <View style={{ flex: 1 }}>
            <Text>{r.label}</Text>
            {r.small && <Text style={[s.small, { color: INK.amber }]}>too few to judge</Text>}
          </View>
          {COLUMNS.map(([key, , width]) => (
            <Text key={key} style={[s.num, { width }, r.small ? { color: INK.muted } : {}]}>
              {String(r[key])}
            </Text>
          ))}
        </View>
      ))}
      <Text style={[s.small, s.muted, { marginTop: 3 }]}>{note}</Text>
    </View>
  );
}

/** The outcomes report for managers: aggregates only, with the filters and rules in force on every page. */
export function OutcomesReportDocument({ content }: { content: ReportContent }) {
  return (
    <Document title="Outcomes report" author={content.clinic.name} creator="ProloTrack" producer="ProloTrack">
      <Page size="A4" style={s.page}>
        <View style={[s.footer, { flexDirection: 'column' }]} fixed>
          <View style={[s.row, { justifyContent: 'space-between' }]}>
            <Text style={{ flex: 1, marginRight: 12 }}>
              {content.clinic.name} · Outcomes report · {content.filters} · {content.generated}
            </Text>
            <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
          </View>
          <Text>{content.rulesShort}</Text>
        </View>
        <View style={{ borderBottomWidth: 1.5, borderBottomColor: INK.accent, paddingBottom: 8, marginBottom: 10 }}>
          <Text style={{ fontSize: 11, fontWeight: 600, color: INK.accent }}>{content.clinic.name}</Text>
          <Text style={[s.small, s.muted]}>{content.clinic.address}</Text>
          <Text style={{ fontSize: 18, fontWeight: 600, marginTop: 10 }}>Outcomes report</Text>
          <Text>{content.filters}</Text>
          <Text style={[s.small, s.muted]}>Report {content.generated}. Aggregates only: no patient is named or identifiable in this report.</Text>
        </View>
        <Figures content={content} />
        {content.empty ? (
          <Text style={[s.paragraph, { marginTop: 10 }]}>No courses match these filters. Widen the date range or clear a filter.</Text>
        ) : (
          <>
            <ScoreCharts content={content} />
            <ProgressCharts content={content} />
            <GroupTable title="By condition" groupLabel="Condition" rows={content.byCondition} note={content.smallGroupNote} />
            <GroupTable title="By specialist" groupLabel="Specialist" rows={content.bySpecialist} note={content.smallGroupNote} />
          </>
        )}
        <View wrap={false}>
          <Text style={s.h2}>Adverse events</Text>
          <Text style={s.paragraph}>{content.adverseSummary}</Text>
        </View>
        <View wrap={false}>
          <Text style={s.h2}>Follow-up completion</Text>
          {content.followUps.length === 0 ? (
            <Text style={s.paragraph}>No follow-ups after treatment are recorded yet.</Text>
          ) : (
            content.followUps.map((f) => (
              <Text key={f.timePoint} style={s.paragraph}>
                {f.timePoint}: {f.completion} answered{f.interval ? ` (95 % CI ${f.interval})` : ''}
              </Text>
            ))
          )}
        </View>
        <View wrap={false}>
          <Text style={s.h2}>Definitions and settings in force</Text>
          {content.rules.map((r) => (
            <Text key={r} style={[s.small, { marginBottom: 2 }]}>
              • {r}
            </Text>
          ))}
        </View>
      </Page>
    </Document>
  );
}
