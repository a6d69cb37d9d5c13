import { describe, expect, it } from 'vitest';
import { bodyMapMarks } from '@/lib/reports/body-map-marks';
import { HOTSPOTS } from '@/lib/domain/body-map-layout';

const site = (siteCode: string, side: string, injectionCount = 1) => ({ siteCode, side, injectionCount });

describe('the letter’s body map', () => {
  it('puts each coded site on its region and side in the site’s own view, patient’s right on the viewer’s left in front', () => {
    const marks = bodyMapMarks([{ sites: [site('knee.mcl', 'right', 2), site('ankle.achilles', 'left')] }]);
    expect(marks.map((m) => [m.number, m.view, m.place])).toEqual([
      [1, 'front', 'Knee, right'],
      [2, 'back', 'Ankle, left'],
    ]);
    const kneeRight = HOTSPOTS.front.find((h) => h.region === 'knee' && h.side === 'right')!;
    expect([marks[0].x, marks[0].y]).toEqual([kneeRight.x, kneeRight.y]);
    expect(marks[0].x).toBeLessThan(100);
  });

  it('adds injections and sessions per site across the course, and sided spine sites fall on the midline spot', () => {
    const marks = bodyMapMarks([
      { sites: [site('lumbar.facet', 'left', 2), site('lumbar.supraspinous', 'midline')] },
      { sites: [site('lumbar.facet', 'left', 1)] },
      { sites: [] },
    ]);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ view: 'back', place: 'Low back (lumbar spine)', injections: 4 });
    expect(marks[0].sites).toEqual([
      { label: 'Lumbar facet capsules (L)', injections: 3, sessions: 2 },
      { label: 'Lumbar supraspinous ligament', injections: 1, sessions: 1 },
    ]);
  });

  it('ignores codes that are not in the catalogue', () => {
    expect(bodyMapMarks([{ sites: [site('elbow.unknown', 'left')] }])).toEqual([]);
  });
});
