/** Human-readable report for a terminal: one block per file, then a summary. */
import type { AnalysisResult } from '../engine/analyze';
import type { Finding } from '../engine/findings';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function formatText(result: AnalysisResult): string {
  const out: string[] = [];
  const active = result.findings.filter((f) => !f.suppressed);
  const byFile = new Map<string, Finding[]>();
  for (const f of active) byFile.set(f.loc.file, [...(byFile.get(f.loc.file) ?? []), f]);
  for (const [file, fs] of byFile) {
    out.push(file);
    for (const f of fs) {
      out.push(`  ${f.loc.line}:${f.loc.column}  ${f.severity.padEnd(7)}  ${f.message}  [${f.ruleId}]`);
      for (const e of f.evidence.slice(0, 4)) out.push(`      - ${e.message}${e.loc ? ` (${e.loc.file}:${e.loc.line})` : ''}`);
    }
    out.push('');
  }
  const count = (s: keyof typeof ORDER) => active.filter((f) => f.severity === s).length;
  const suppressed = result.findings.length - active.length;
  out.push(
    `${active.length} finding${active.length === 1 ? '' : 's'} (${count('error')} errors, ${count('warning')} warnings, ${count('info')} info)` +
      `${suppressed ? `, ${suppressed} suppressed` : ''} in ${result.stats.files} files, ${result.model.routes.length} routes, ${result.stats.ms} ms`,
  );
  if (result.model.skipped.length) {
    out.push(`${result.model.skipped.length} file(s) skipped:`);
    // every one, with its reason: a file routeguard did not read is a finding it could not make
    for (const s of result.model.skipped) out.push(`  ${s.file}: ${s.reason}`);
  }
  return out.join('\n') + '\n';
}

export function formatJson(result: AnalysisResult): string {
  return (
    JSON.stringify(
      {
        version: 1,
        stats: { ...result.stats, routes: result.model.routes.length },
        findings: result.findings,
        skipped: result.model.skipped,
      },
      null,
      2,
    ) + '\n'
  );
}

export function severityRank(s: Finding['severity']): number {
  return ORDER[s];
}
