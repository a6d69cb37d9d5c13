import type { ANAESTHETIC_AGENTS } from '@/db/value-sets';
import type { ClinicSettings } from './settings';

export type AnaestheticAgent = (typeof ANAESTHETIC_AGENTS)[number];
export type Drug = 'lidocaine' | 'bupivacaine' | 'ropivacaine';

/** Each coded agent's drug and strength: a 1 % solution holds 10 mg per mL. */
export const AGENTS: Record<AnaestheticAgent, { label: string; drug: Drug | null; mgPerMl: number }> = {
  none: { label: 'None', drug: null, mgPerMl: 0 },
  lidocaine_1: { label: 'Lidocaine 1 %', drug: 'lidocaine', mgPerMl: 10 },
  lidocaine_2: { label: 'Lidocaine 2 %', drug: 'lidocaine', mgPerMl: 20 },
  bupivacaine_0_25: { label: 'Bupivacaine 0.25 %', drug: 'bupivacaine', mgPerMl: 2.5 },
  bupivacaine_0_5: { label: 'Bupivacaine 0.5 %', drug: 'bupivacaine', mgPerMl: 5 },
  ropivacaine_0_2: { label: 'Ropivacaine 0.2 %', drug: 'ropivacaine', mgPerMl: 2 },
  ropivacaine_0_75: { label: 'Ropivacaine 0.75 %', drug: 'ropivacaine', mgPerMl: 7.5 },
  other: { label: 'Other (typed before the coded list)', drug: null, mgPerMl: 0 },
};

/** The patient's weight and the clinic's limits, for warning on the form and refusing on the server. */
export interface InjectateContext {
  weightKg: number | null;
  settings: ClinicSettings;
}

const DRUGS: Drug[] = ['lidocaine', 'bupivacaine', 'ropivacaine'];

/** The maximum dose of a drug in mg: per kg when the weight is known, never above the total limit. */
export function maxDoseMg(drug: Drug, weightKg: number | null, settings: ClinicSettings): number {
  const total = settings[`${drug}MaxMg`];
  return weightKg == null ? total : Math.min(total, settings[`${drug}MaxMgPerKg`] * weightKg);
}

export interface DoseTotal {
  drug: Drug;
  mg: number;
  maxMg: number;
}

/**
 * Total mg of each drug over the session's sites, and whether together they exceed the maximum. Doses of different
 * local anaesthetics add up (their toxicity is additive), so the fractions of each maximum are summed.
 */
export function doseCheck(
  sites: readonly { anaestheticAgent?: string | null; anaestheticMl?: number | null }[],
  weightKg: number | null,
  settings: ClinicSettings,
): { totals: DoseTotal[]; exceeded: boolean } {
  const totals = DRUGS.map((drug) => {
    const mg = sites.reduce((sum, s) => {
      const agent = AGENTS[s.anaestheticAgent as AnaestheticAgent];
      return agent?.drug === drug && s.anaestheticMl ? sum + agent.mgPerMl * s.anaestheticMl : sum;
    }, 0);
    return { drug, mg: Math.round(mg * 10) / 10, maxMg: Math.round(maxDoseMg(drug, weightKg, settings) * 10) / 10 };
  }).filter((t) => t.mg > 0);
  const share = totals.reduce((sum, t) => sum + t.mg / t.maxMg, 0);
  return { totals, exceeded: share > 1 + 1e-9 };
}

/** "Lidocaine 300 mg (maximum 270 mg)", for the form and the error message. */
export function describeDose(t: DoseTotal): string {
  return `${t.drug.charAt(0).toUpperCase()}${t.drug.slice(1)} ${t.mg} mg (maximum ${t.maxMg} mg)`;
}
