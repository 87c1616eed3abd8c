// list rates per km by mode; the public estimator uses these, they are on the marketing site too
export const RATE_PER_KM_CENTS: Record<string, number> = { ftl: 185, ltl: 95, ocean: 12, air: 640 };

export function estimateCents(mode: string, distanceKm: number, weightKg: number): number {
  const base = (RATE_PER_KM_CENTS[mode] ?? 150) * distanceKm;
  return Math.round(mode === 'ltl' ? base * Math.max(0.2, weightKg / 20000) : base);
}
