/**
 * Bands of a risk score (likelihood x impact, 1 to 25), which the page colours with design tokens:
 * low 1-4, medium 5-9, high 10-16, critical 20-25. No product of two numbers 1-5 falls in 17-19, so
 * every score has a band.
 */
export const RISK_BANDS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export function riskBand(score: number): RiskBand {
  if (score <= 4) return 'low';
  if (score <= 9) return 'medium';
  if (score <= 16) return 'high';
  return 'critical';
}
