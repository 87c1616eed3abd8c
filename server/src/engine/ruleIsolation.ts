/**
 * A rule that throws is disabled for the file that makes it throw, not for the workspace: the
 * rule runs again on the model without that file's facts, which is found by bisection over the
 * files (a handful of extra runs, and only when something threw). If it throws even with every
 * file left out, it is disabled for this run. Each (rule, file) is reported once per run.
 */
import type { AppModel } from './model/types';
import type { Rule, RuleContext } from './findings';

type Report = RuleContext['report'];
/** at most this many culprit files per rule and run, then the rule is disabled as a whole */
const MAX_CULPRITS = 8;

/** The model without anything located in the given files (routes, logs, env definitions...). */
export function withoutFiles(model: AppModel, files: Set<string>): AppModel {
  if (!files.size) return model;
  const fileOf = (x: unknown): string | undefined => {
    if (!x || typeof x !== 'object') return undefined;
    const o = x as { file?: unknown; loc?: { file?: unknown } };
    return typeof o.file === 'string' ? o.file : typeof o.loc?.file === 'string' ? o.loc.file : undefined;
  };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(model)) {
    if (k === 'files') out[k] = (v as string[]).filter((f) => !files.has(f));
    else if (Array.isArray(v)) out[k] = v.filter((x) => !files.has(typeof x === 'string' ? x : fileOf(x) ?? ''));
    else out[k] = v;
  }
  return out as unknown as AppModel;
}

/**
 * Run one rule; on a throw, find the files that make it throw and run it without them.
 * `onError(e, file)` is called once per culprit file (file undefined: the whole rule was disabled).
 */
export function runRuleIsolated(rule: Rule, model: AppModel, severity: RuleContext['severity'], report: Report, onError: (e: unknown, file?: string) => void): void {
  const attempt = (excluded: Set<string>): { ok: true; found: Parameters<Report>[0][] } | { ok: false; error: unknown } => {
    const found: Parameters<Report>[0][] = [];
    try {
      rule.check({ model: withoutFiles(model, excluded), severity, report: (f) => void found.push(f) });
      return { ok: true, found };
    } catch (e) {
      return { ok: false, error: e };
    }
  };
  const first = attempt(new Set());
  if (first.ok) return void first.found.forEach(report);
  const excluded = new Set<string>();
  let lastError = first.error;
  const files = [...model.files];
  for (let n = 0; n < MAX_CULPRITS; n++) {
    const rest = files.filter((f) => !excluded.has(f));
    // smallest prefix of the remaining files whose removal stops the throw (all of them if none does)
    let lo = 1;
    let hi = rest.length;
    if (!rest.length || !attempt(new Set([...excluded, ...rest])).ok) break;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (attempt(new Set([...excluded, ...rest.slice(0, mid)])).ok) hi = mid;
      else lo = mid + 1;
    }
    const culprit = rest[lo - 1];
    excluded.add(culprit);
    onError(lastError, culprit);
    const r = attempt(excluded);
    if (r.ok) {
      for (const f of r.found) if (!excluded.has(f.loc.file)) report(f);
      return;
    }
    lastError = r.error;
  }
  onError(lastError, undefined);
}
