import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { LetterContent } from '@/lib/reports/letter-content';
import { MEASURE_SERIES, betterDirection } from '@/components/charts/palette';
import { MEASURES } from '@/lib/domain/outcome-rules';
import { PdfLineChart } from './line-chart';
import { BodyMapFigure } from './body-map-figure';
import { INK, pdfStyles as s } from './theme';

const COLUMNS = { number: 14, date: 62, score: 40, injections: 50 };

function Letterhead({ content }: { content: LetterContent }) {
  return (
    <View
      style={[s.row, { justifyContent: 'space-between', borderBottomWidth: 1.5, borderBottomColor: INK.accent, paddingBottom: 8, marginBottom: 18 }]}
    >
      <View>
        <Text style={{ fontSize: 16, fontWeight: 600, color: INK.accent, lineHeight: 1.2, marginBottom: 2 }}>{content.clinic.name}</Text>
        <Text style={[s.small, s.muted]}>{content.clinic.addressLines.join(' · ')}</Text>
      </View>
      <View style={{ alignItems: 'flex-end', justifyContent: 'flex-end' }}>
        <Text style={[s.small, s.muted]}>Prolotherapy progress letter</Text>
        <Text style={[s.small, s.muted]}>Confidential: clinical correspondence</Text>
      </View>
    </View>
  );
}

function AddressBlock({ content }: { content: LetterContent }) {
  return (
    <View style={[s.row, { justifyContent: 'space-between', marginBottom: 16 }]}>
      <View style={{ width: 260 }}>
        {content.recipient ? (
          <>
            <Text style={s.bold}>{content.recipient.name}</Text>
            {content.recipient.lines.map((line) => (
              <Text key={line}>{line}</Text>
            ))}
          </>
        ) : (
          <Text style={s.muted}>No referrer recorded</Text>
        )}
      </View>
      <View style={{ alignItems: 'flex-end' }}>
        <Text>{content.date}</Text>
        <Text style={[s.small, s.muted]}>Our ref: {content.reference}</Text>
      </View>
    </View>
  );
}

function ScoresTable({ content }: { content: LetterContent }) {
  const cell = { width: 42, textAlign: 'right' as const };
  return (
    <View style={{ flex: 1, marginRight: 14 }}>
      <View style={s.tableHead}>
        <Text style={{ flex: 1 }}>0–10 score</Text>
        <Text style={cell}>Baseline</Text>
        <Text style={cell}>Latest</Text>
        <Text style={cell}>Change</Text>
      </View>
      {content.scores.map((row) => (
        <View key={row.measure} style={s.tableRow}>
          <Text style={{ flex: 1 }}>
            {row.measure} <Text style={[s.small, s.muted]}>({row.direction})</Text>
          </Text>
          <Text style={cell}>{row.baseline}</Text>
          <Text style={cell}>{row.latest}</Text>
          <Text style={[cell, s.bold]}>{row.change}</Text>
        </View>
      ))}
      <Text style={[s.small, s.muted, { marginTop: 3 }]}>{content.scoresCaption}</Text>
      <View
        style={{
          marginTop: 8,
          padding: 6,
          backgroundColor: INK.soft,
          borderLeftWidth: 2,
          borderLeftColor: content.responder.label === 'Responder' ? INK.green : INK.muted,
        }}
      >
        <Text>
          Responder status: <Text style={s.bold}>{content.responder.label}</Text>
          {content.responder.detail ? `, ${content.responder.detail}` : ''}
        </Text>
        <Text style={[s.small, s.muted]}>{content.responder.rule}</Text>
      </View>
    </View>
  );
}

function SessionsTable({ content }: { content: LetterContent }) {
  const score = { width: COLUMNS.score, textAlign: 'right' as const };
  return (
    <View>
      <View style={s.tableHead} fixed>
        <Text style={{ width: COLUMNS.number }}>#</Text>
        <Text style={{ width: COLUMNS.date }}>Date</Text>
        <Text style={score}>Pain</Text>
        <Text style={score}>Mobility</Text>
        <Text style={score}>Sleep</Text>
        <Text style={{ width: COLUMNS.injections, textAlign: 'right' }}>Injections</Text>
        <Text style={{ flex: 1, marginLeft: 10 }}>Sites injected</Text>
      </View>
      {content.sessions.map((row) => (
        <View key={row.number} style={s.tableRow} wrap={false}>
          <Text style={{ width: COLUMNS.number }}>{row.number}</Text>
          <Text style={{ width: COLUMNS.date }}>{row.date}</Text>
          <Text style={score}>{row.pain}</Text>
          <Text style={score}>{row.mobility}</Text>
          <Text style={score}>{row.sleep}</Text>
          <Text style={{ width: COLUMNS.injections, textAlign: 'right' }}>{row.injections}</Text>
          <View style={{ flex: 1, marginLeft: 10 }}>
            <Text style={s.small}>{row.sites}</Text>
            {row.notes ? <Text style={[s.small, s.muted]}>{row.notes}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}

function AdverseEvents({ content }: { content: LetterContent }) {
  if (content.adverseEvents.length === 0) return <Text>None recorded during the course.</Text>;
  return (
    <View>
      {/* A session can have two events of one type: the letter's fixed order is the key. */}
      {content.adverseEvents.map((e, i) => (
        <Text key={i} style={{ marginBottom: 2 }}>
          <Text style={[s.bold, { color: INK.red }]}>{e.type}</Text> after session {e.sessionNumber} ({e.date}){e.note ? `: ${e.note}` : '.'}
        </Text>
      ))}
    </View>
  );
}

function FollowUps({ content }: { content: LetterContent }) {
  return (
    <View>
      {content.followUps.map((f) => (
        <Text key={f.timePoint}>
          <Text style={s.bold}>{f.timePoint}</Text> ({f.answeredOn}, patient-reported): pain {f.pain ?? '—'}, mobility {f.mobility ?? '—'}, sleep{' '}
          {f.sleep ?? '—'}
          {f.globalImpression ? `; overall: ${f.globalImpression}` : ''}.
        </Text>
      ))}
    </View>
  );
}

/** The progress letter to the referring doctor: letterhead, summary, scores with chart, sessions, sites, plan, signature. */
export function LetterDocument({ content, patientName }: { content: LetterContent; patientName: string }) {
  return (
    <Document title={`Progress letter: ${patientName}`} author={content.signature.name} creator="ProloTrack" producer="ProloTrack">
      <Page size="A4" style={s.page}>
        <View style={s.footer} fixed>
          <Text>
            {patientName} · {content.reference} · {content.date}
          </Text>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
        <Letterhead content={content} />
        <AddressBlock content={content} />
        <Text style={{ marginBottom: 8 }}>{content.salutation}</Text>
        <Text style={[s.bold, { fontSize: 10.5 }]}>{content.patientLine}</Text>
        <Text style={[s.muted, { marginBottom: 8 }]}>{content.courseLine}</Text>
        {content.summary.map((p) => (
          <Text key={p} style={s.paragraph}>
            {p}
          </Text>
        ))}

        <Text style={s.h2}>Scores from baseline</Text>
        <View style={s.row} wrap={false}>
          <ScoresTable content={content} />
          <View style={{ width: 210 }}>
            <PdfLineChart
              width={210}
              height={112}
              labels={content.chart.map((p) => p.label)}
              xTitle="Session"
              yTicks={[0, 2, 4, 6, 8, 10]}
              series={MEASURES.map((m) => ({
                label: `${MEASURE_SERIES[m].label} (${betterDirection(m)})`,
                color: INK[m],
                dash: MEASURE_SERIES[m].dash,
                values: content.chart.map((p) => p[m]),
              }))}
            />
          </View>
        </View>

        <Text style={s.h2}>Treatment sessions</Text>
        <SessionsTable content={content} />

        <View wrap={false}>
          <Text style={s.h2}>Sites injected</Text>
          {content.bodyMap.length === 0 ? <Text>No injections yet.</Text> : <BodyMapFigure marks={content.bodyMap} />}
        </View>

        <View wrap={false}>
          <Text style={s.h2}>Adverse events</Text>
          <AdverseEvents content={content} />
        </View>

        {content.followUps.length > 0 && (
          <View wrap={false}>
            <Text style={s.h2}>Follow-up after treatment</Text>
            <FollowUps content={content} />
          </View>
        )}

        <View wrap={false}>
          <Text style={s.h2}>Plan</Text>
          {content.plan.map((p) => (
            <Text key={p} style={s.paragraph}>
              {p}
            </Text>
          ))}
          <Text style={{ marginTop: 10 }}>Yours sincerely,</Text>
          <Text style={[s.bold, { marginTop: 26 }]}>{content.signature.name}</Text>
          <Text style={s.muted}>
            {content.signature.role}, {content.signature.clinic}
          </Text>
        </View>
      </Page>
    </Document>
  );
}
