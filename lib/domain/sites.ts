import type { RegionCode } from './regions';

export type BodyView = 'front' | 'back';

export interface InjectionSite {
  code: string;
  label: string;
  region: RegionCode;
  sided: boolean;
  /** Which body-map view shows this site. */
  view: BodyView;
}

type SiteRow = [code: string, label: string, sided: boolean, view: BodyView];

const byRegion: Record<RegionCode, SiteRow[]> = {
  head: [
    ['head.suboccipital', 'Suboccipital muscle insertions (nuchal line)', true, 'back'],
    ['head.occipital_nerve', 'Greater occipital nerve region', true, 'back'],
    ['head.temporomandibular', 'Temporomandibular joint capsule', true, 'front'],
  ],
  cervical: [
    ['cervical.facet_upper', 'Cervical facet capsules C1–C4', true, 'back'],
    ['cervical.facet_lower', 'Cervical facet capsules C5–C7', true, 'back'],
    ['cervical.nuchal_ligament', 'Nuchal ligament', false, 'back'],
    ['cervical.interspinous', 'Cervical interspinous ligaments', false, 'back'],
    ['cervical.levator_scapulae', 'Levator scapulae insertion', true, 'back'],
  ],
  thoracic: [
    ['thoracic.costotransverse', 'Costotransverse ligaments', true, 'back'],
    ['thoracic.facet', 'Thoracic facet capsules', true, 'back'],
    ['thoracic.interspinous', 'Thoracic interspinous ligaments', false, 'back'],
  ],
  shoulder: [
    ['shoulder.supraspinatus', 'Supraspinatus insertion', true, 'front'],
    ['shoulder.infraspinatus', 'Infraspinatus insertion', true, 'back'],
    ['shoulder.subscapularis', 'Subscapularis insertion', true, 'front'],
    ['shoulder.teres_minor', 'Teres minor insertion', true, 'back'],
    ['shoulder.biceps_long_head', 'Long head of biceps tendon', true, 'front'],
    ['shoulder.ac_joint', 'Acromioclavicular ligament', true, 'front'],
    ['shoulder.coracoacromial', 'Coracoacromial / coracohumeral ligaments', true, 'front'],
    ['shoulder.glenohumeral_capsule', 'Glenohumeral joint capsule', true, 'back'],
  ],
  elbow: [
    ['elbow.common_extensor', 'Common extensor origin (lateral epicondyle)', true, 'back'],
    ['elbow.common_flexor', 'Common flexor origin (medial epicondyle)', true, 'front'],
    ['elbow.annular_ligament', 'Annular ligament', true, 'back'],
    ['elbow.radial_collateral', 'Radial (lateral) collateral ligament', true, 'back'],
    ['elbow.ulnar_collateral', 'Ulnar (medial) collateral ligament', true, 'front'],
  ],
  wrist_hand: [
    ['wrist_hand.dorsal_wrist', 'Dorsal wrist ligaments', true, 'back'],
    ['wrist_hand.tfcc', 'Triangular fibrocartilage complex', true, 'back'],
    ['wrist_hand.cmc_thumb', 'First carpometacarpal (thumb base) joint', true, 'front'],
    ['wrist_hand.finger_collateral', 'Finger collateral ligaments', true, 'front'],
  ],
  lumbar: [
    ['lumbar.supraspinous', 'Lumbar supraspinous ligament', false, 'back'],
    ['lumbar.interspinous', 'Lumbar interspinous ligaments L3–S1', false, 'back'],
    ['lumbar.facet', 'Lumbar facet capsules', true, 'back'],
    ['lumbar.iliolumbar', 'Iliolumbar ligament', true, 'back'],
    ['lumbar.thoracolumbar_fascia', 'Thoracolumbar fascia attachments', true, 'back'],
  ],
  pelvis: [
    ['pelvis.posterior_sacroiliac', 'Posterior sacroiliac ligaments', true, 'back'],
    ['pelvis.sacrotuberous', 'Sacrotuberous ligament', true, 'back'],
    ['pelvis.sacrospinous', 'Sacrospinous ligament', true, 'back'],
    ['pelvis.pubic_symphysis', 'Pubic symphysis', false, 'front'],
    ['pelvis.sacrococcygeal', 'Sacrococcygeal ligaments', false, 'back'],
  ],
  hip: [
    ['hip.greater_trochanter', 'Gluteus medius / minimus insertions (greater trochanter)', true, 'back'],
    ['hip.iliofemoral', 'Iliofemoral ligament', true, 'front'],
    ['hip.joint_capsule', 'Hip joint capsule', true, 'front'],
    ['hip.adductor_origin', 'Adductor origin', true, 'front'],
    ['hip.hamstring_origin', 'Hamstring origin (ischial tuberosity)', true, 'back'],
  ],
  knee: [
    ['knee.mcl', 'Medial collateral ligament', true, 'front'],
    ['knee.lcl', 'Lateral collateral ligament', true, 'front'],
    ['knee.coronary_medial', 'Medial coronary ligament', true, 'front'],
    ['knee.coronary_lateral', 'Lateral coronary ligament', true, 'front'],
    ['knee.patellar_tendon', 'Patellar tendon', true, 'front'],
    ['knee.pes_anserine', 'Pes anserinus insertion', true, 'front'],
    ['knee.intra_articular', 'Knee joint (intra-articular)', true, 'front'],
    ['knee.quadriceps_tendon', 'Quadriceps tendon insertion', true, 'front'],
  ],
  ankle: [
    ['ankle.atfl', 'Anterior talofibular ligament', true, 'front'],
    ['ankle.cfl', 'Calcaneofibular ligament', true, 'back'],
    ['ankle.deltoid', 'Deltoid ligament', true, 'front'],
    ['ankle.achilles', 'Achilles tendon insertion', true, 'back'],
    ['ankle.anterior_tibiofibular', 'Anterior inferior tibiofibular ligament', true, 'front'],
  ],
  foot: [
    ['foot.plantar_fascia', 'Plantar fascia origin (calcaneus)', true, 'back'],
    ['foot.spring_ligament', 'Spring (plantar calcaneonavicular) ligament', true, 'front'],
    ['foot.midfoot', 'Midfoot (tarsometatarsal) ligaments', true, 'front'],
    ['foot.peroneal_insertion', 'Peroneus brevis insertion (5th metatarsal)', true, 'front'],
  ],
  toe: [
    ['toe.first_mtp', 'First metatarsophalangeal joint', true, 'front'],
    ['toe.lesser_mtp', 'Lesser metatarsophalangeal joints', true, 'front'],
    ['toe.plantar_plate', 'Plantar plate', true, 'front'],
  ],
};

export const SITES: readonly InjectionSite[] = (Object.keys(byRegion) as RegionCode[]).flatMap((region) =>
  byRegion[region].map(([code, label, sided, view]) => ({ code, label, region, sided, view })),
);

const siteIndex = new Map(SITES.map((s) => [s.code, s]));

export function findSite(code: string): InjectionSite | undefined {
  return siteIndex.get(code);
}

export function sitesInRegion(region: RegionCode): InjectionSite[] {
  return SITES.filter((s) => s.region === region);
}

export function siteLabel(code: string, side?: string | null): string {
  const site = findSite(code);
  const base = site ? site.label : code;
  if (!side || side === 'midline' || !site?.sided) return base;
  return `${base} (${side === 'left' ? 'L' : 'R'})`;
}
