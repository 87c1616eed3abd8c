/**
 * Diff-aware runs: hide the findings an earlier report already had (--baseline, matched by
 * fingerprint, so code moving around does not resurrect them) and keep only the findings in
 * files changed since a git ref (--changed-since; the whole program is still analysed, so
 * cross-file authentication stays right).
 */
import * as fs from 'fs';
import type { Finding } from '../engine/findings';

export class BaselineError extends Error {}

/** Fingerprints in a routeguard JSON or SARIF report, with how often each occurs. */
export function readBaseline(file: string): Map<string, number> {
  let doc: unknown;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not valid JSON';
    throw new BaselineError(`--baseline ${file}: ${why}; pass a report written by \`routeguard audit --format json\` or \`--format sarif\``);
  }
  const prints: string[] = [];
  const d = doc as { runs?: { results?: { partialFingerprints?: Record<string, string> }[] }[]; findings?: { fingerprint?: string }[] };
  if (Array.isArray(d.runs)) {
    for (const run of d.runs) for (const r of run.results ?? []) if (r.partialFingerprints?.['routeguardFingerprint/v1']) prints.push(r.partialFingerprints['routeguardFingerprint/v1']);
  } else if (Array.isArray(d.findings)) {
    for (const f of d.findings) if (typeof f.fingerprint === 'string') prints.push(f.fingerprint);
  } else {
    throw new BaselineError(`--baseline ${file}: not a routeguard JSON or SARIF report (no "findings" or "runs")`);
  }
  const counts = new Map<string, number>();
  for (const p of prints) counts.set(p, (counts.get(p) ?? 0) + 1);
  return counts;
}

/** The findings not in the baseline (a fingerprint seen twice there hides two findings). */
export function newSinceBaseline(findings: Finding[], baseline: Map<string, number>): { kept: Finding[]; hidden: number } {
  const left = new Map(baseline);
  const kept: Finding[] = [];
  for (const f of findings) {
    const n = f.fingerprint ? left.get(f.fingerprint) ?? 0 : 0;
    if (n > 0) left.set(f.fingerprint!, n - 1);
    else kept.push(f);
  }
  return { kept, hidden: findings.length - kept.length };
}

export function inChangedFiles(findings: Finding[], changed: string[]): { kept: Finding[]; hidden: number } {
  const set = new Set(changed);
  const kept = findings.filter((f) => set.has(f.loc.file));
  return { kept, hidden: findings.length - kept.length };
}
