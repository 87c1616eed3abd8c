/** Every quick-fix provider, by rule. "Suppress with a reason" applies to all findings. */
import type { FixContext, FixProvider, QuickFix } from './types';
import { missingAuthFix } from './missingAuth';
import { tenantScopeFix } from './tenantScope';
import { publicEnvFix } from './publicEnv';
import { corsAllowlistFix } from './corsAllowlist';
import { redactLogFix } from './redactLog';
import { suppressFix } from './suppress';
import { cookieFlagsFix } from './cookieFlags';
import { jwtHardeningFix } from './jwtHardening';
import { genericErrorFix } from './genericError';
import { rateLimiterFix } from './rateLimiter';
import { webhookScaffoldFix } from './webhookScaffold';
import { roleCheckFix } from './roleCheck';

export const fixProviders: FixProvider[] = [
  missingAuthFix, tenantScopeFix, publicEnvFix, corsAllowlistFix, redactLogFix,
  cookieFlagsFix, jwtHardeningFix, genericErrorFix, rateLimiterFix, webhookScaffoldFix, roleCheckFix,
];

/** Fixes for one finding; a provider that throws yields nothing (the suppression is still offered). */
export function fixesFor(ctx: FixContext, onError?: (id: string, e: unknown) => void): QuickFix[] {
  const out: QuickFix[] = [];
  for (const p of fixProviders) {
    if (!p.ruleIds.includes(ctx.finding.ruleId)) continue;
    try {
      out.push(...p.provide(ctx));
    } catch (e) {
      onError?.(ctx.finding.ruleId, e);
    }
  }
  if (!ctx.finding.suppressed) out.push(...suppressFix.provide(ctx));
  return out;
}

export type { QuickFix, FixContext } from './types';
