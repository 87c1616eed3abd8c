/**
 * The terminal report: findings grouped by route (most severe routes first), then by file, then
 * the findings that belong to no route; a summary per rule and severity at the end, where a
 * terminal leaves it in view. Colours only when asked (stdout is a terminal, NO_COLOR unset).
 */
import type { AnalysisResult } from '../engine/analyze';
import type { Finding } from '../engine/findings';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface TextOptions {
  color?: boolean;
  /** lines added under the summary (baseline and --changed-since notes) */
  notes?: string[];
}

type Paint = (s: string) => string;
function palette(color: boolean) {
  const sgr = (code: string): Paint => (color ? (s) => `\x1b[${code}m${s}\x1b[0m` : (s) => s);
  return { error: sgr('31;1'), warning: sgr('33'), info: sgr('36'), dim: sgr('2'), bold: sgr('1') };
}

export function groupByRoute(findings: Finding[]): { route?: string; findings: Finding[] }[] {
  const byRoute = new Map<string, Finding[]>();
  const noRoute: Finding[] = [];
  for (const f of findings) {
    if (f.route) byRoute.set(f.route, [...(byRoute.get(f.route) ?? []), f]);
    else noRoute.push(f);
  }
  const worst = (fs: Finding[]) => Math.min(...fs.map((f) => ORDER[f.severity]));
  const groups: { route?: string; findings: Finding[] }[] = [...byRoute]
    .sort((a, b) => worst(a[1]) - worst(b[1]) || b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([route, fs]) => ({ route, findings: fs }));
  if (noRoute.length) groups.push({ findings: noRoute });
  return groups;
}

export function countsByRule(findings: Finding[]): { ruleId: string; error: number; warning: number; info: number }[] {
  const rows = new Map<string, { ruleId: string; error: number; warning: number; info: number }>();
  for (const f of findings) {
    const row = rows.get(f.ruleId) ?? { ruleId: f.ruleId, error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    rows.set(f.ruleId, row);
  }
  return [...rows.values()].sort((a, b) => b.error - a.error || b.warning - a.warning || b.info - a.info || a.ruleId.localeCompare(b.ruleId));
}

export function formatText(result: AnalysisResult, options: TextOptions = {}): string {
  const p = palette(!!options.color);
  const out: string[] = [];
  const active = result.findings.filter((f) => !f.suppressed);
  for (const group of groupByRoute(active)) {
    out.push(p.bold(group.route ?? 'Not tied to a route'));
    const byFile = new Map<string, Finding[]>();
    for (const f of group.findings) byFile.set(f.loc.file, [...(byFile.get(f.loc.file) ?? []), f]);
    for (const [file, fs] of [...byFile].sort((a, b) => a[0].localeCompare(b[0]))) {
      out.push(`  ${file}`);
      for (const f of fs.sort((a, b) => a.loc.line - b.loc.line || ORDER[a.severity] - ORDER[b.severity])) {
        out.push(`    ${`${f.loc.line}:${f.loc.column}`.padEnd(8)} ${p[f.severity](f.severity.padEnd(7))}  ${f.message}  ${p.dim(`[${f.ruleId}]`)}`);
        for (const e of f.evidence.slice(0, 4)) out.push(p.dim(`             - ${e.message}${e.loc ? ` (${e.loc.file}:${e.loc.line})` : ''}`));
      }
    }
    out.push('');
  }
  const counts = countsByRule(active);
  if (counts.length) {
    out.push(p.bold('Summary'));
    out.push(`  ${'rule'.padEnd(28)} ${'error'.padStart(6)} ${'warning'.padStart(8)} ${'info'.padStart(5)}`);
    for (const c of counts) out.push(`  ${c.ruleId.padEnd(28)} ${String(c.error).padStart(6)} ${String(c.warning).padStart(8)} ${String(c.info).padStart(5)}`);
    out.push('');
  }
  const count = (s: keyof typeof ORDER) => active.filter((f) => f.severity === s).length;
  const suppressed = result.findings.length - active.length;
  out.push(
    `${active.length} finding${active.length === 1 ? '' : 's'} (${p.error(`${count('error')} errors`)}, ${p.warning(`${count('warning')} warnings`)}, ${p.info(`${count('info')} info`)})` +
      `${suppressed ? `, ${suppressed} suppressed` : ''} in ${result.stats.files} files, ${result.model.routes.length} routes, ${result.stats.ms} ms`,
  );
  for (const n of options.notes ?? []) out.push(n);
  if (result.model.skipped.length) {
    out.push(`${result.model.skipped.length} file(s) skipped:`);
    // every one, with its reason: a file routeguard did not read is a finding it could not make
    for (const s of result.model.skipped) out.push(`  ${s.file}: ${s.reason}`);
  }
  return out.join('\n') + '\n';
}

export function formatJson(result: AnalysisResult, extra: Record<string, unknown> = {}): string {
  return (
    JSON.stringify(
      {
        version: 1,
        stats: { ...result.stats, routes: result.model.routes.length },
        ...extra,
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
