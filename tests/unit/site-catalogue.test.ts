import { describe, expect, it } from 'vitest';
import { SITES, findSite, siteLabel, sitesInRegion } from '@/lib/domain/sites';
import { CONDITIONS } from '@/lib/domain/conditions';
import { REGION_CODES, SIDED_REGIONS } from '@/lib/domain/regions';

const CLINIC_LIST = [
  'Low back pain',
  'Sciatica',
  'Knee pain',
  'Hip',
  'Shoulder',
  "Golfer's elbow",
  'Tennis elbow',
  'Tendinosis',
  'Rotator cuff',
  'Plantar fasciitis',
  'Osteoarthritis',
  'Ankle pain',
  'Toe pain',
  'Neck pain',
  'Musculoskeletal headaches',
];

describe('anatomical site catalogue', () => {
  it('has unique, well-formed codes', () => {
    const codes = SITES.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const site of SITES) {
      expect(site.code).toMatch(/^[a-z_]+\.[a-z0-9_]+$/);
      expect(site.code.startsWith(`${site.region}.`)).toBe(true);
      expect(site.label.length).toBeGreaterThan(3);
    }
  });

  it('covers every condition on the clinic list with at least two sites in each of its regions', () => {
    for (const name of CLINIC_LIST) {
      const condition = CONDITIONS.find((c) => c.label.toLowerCase().startsWith(name.toLowerCase()));
      expect(condition, name).toBeDefined();
      for (const region of condition!.regions) {
        expect(sitesInRegion(region).length, `${name} / ${region}`).toBeGreaterThanOrEqual(2);
      }
    }
    expect(CONDITIONS).toHaveLength(15);
  });

  it('has sites in every region and marks limb sites as sided', () => {
    for (const region of REGION_CODES) expect(sitesInRegion(region).length).toBeGreaterThan(0);
    for (const site of SITES.filter((s) => SIDED_REGIONS.includes(s.region))) expect(site.sided).toBe(true);
    expect(findSite('lumbar.interspinous')?.sided).toBe(false);
  });

  it('includes the core prolotherapy targets', () => {
    for (const code of [
      'lumbar.iliolumbar',
      'pelvis.posterior_sacroiliac',
      'knee.mcl',
      'knee.coronary_medial',
      'shoulder.supraspinatus',
      'elbow.common_extensor',
      'elbow.common_flexor',
      'foot.plantar_fascia',
      'ankle.atfl',
      'cervical.facet_upper',
    ]) {
      expect(findSite(code), code).toBeDefined();
    }
  });

  it('labels sided sites with their side', () => {
    expect(siteLabel('knee.mcl', 'left')).toBe('Medial collateral ligament (L)');
    expect(siteLabel('lumbar.supraspinous', 'midline')).toBe('Lumbar supraspinous ligament');
  });
});
