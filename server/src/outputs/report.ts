/**
 * The audit as a review-ready Markdown document: a summary (counts per severity and per rule),
 * then the findings grouped by route (routes with the most severe findings first), then the
 * findings that belong to no route, each with its evidence and a link to the line.
 */
import type { AnalysisResult } from '../engine/analyze';
import type { Finding } from '../engine/findings';

const RANK = { error: 0, warning: 1, info: 2 } as const;
/** rule pages live with routeguard, not in the audited project */
const DOCS_BASE = 'https://github.com/routeguard/routeguard/blob/main/';
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function formatReportMarkdown(result: AnalysisResult, linkPrefix = '', notes: string[] = []): string {
  const link = (file: string, line: number) => `[${file}:${line}](${linkPrefix}${encodeURI(file)}#L${line})`;
  const active = result.findings.filter((f) => !f.suppressed);
  const suppressed = result.findings.filter((f) => f.suppressed);
  const out: string[] = ['# routeguard audit', ''];
  const count = (s: Finding['severity']) => active.filter((f) => f.severity === s).length;
  out.push(`${active.length} findings (${count('error')} errors, ${count('warning')} warnings, ${count('info')} info) on ${result.model.routes.length} routes in ${result.stats.files} files${suppressed.length ? `; ${suppressed.length} suppressed with a reason` : ''}.`, '');
  for (const n of notes) out.push(`_${n}_`, '');
  const perRule = new Map<string, Finding[]>();
  for (const f of active) perRule.set(f.ruleId, [...(perRule.get(f.ruleId) ?? []), f]);
  if (perRule.size) {
    out.push('| Rule | Errors | Warnings | Info |', '|---|---|---|---|');
    for (const [id, fs] of [...perRule].sort((a, b) => b[1].length - a[1].length)) {
      const doc = result.rules.find((r) => r.id === id)?.docs;
      const n = (s: Finding['severity']) => fs.filter((f) => f.severity === s).length;
      out.push(`| ${doc ? `[${id}](${DOCS_BASE}${doc})` : id} | ${n('error')} | ${n('warning')} | ${n('info')} |`);
    }
    out.push('');
  }
  const byRoute = new Map<string, Finding[]>();
  const noRoute: Finding[] = [];
  for (const f of active) {
    if (f.route) byRoute.set(f.route, [...(byRoute.get(f.route) ?? []), f]);
    else noRoute.push(f);
  }
  const worst = (fs: Finding[]) => Math.min(...fs.map((f) => RANK[f.severity]));
  const entry = (f: Finding) => {
    out.push(`- **${f.severity}** \`${f.ruleId}\` at ${link(f.loc.file, f.loc.line)}: ${cell(f.message)}`);
    for (const e of f.evidence.slice(0, 5)) out.push(`  - ${cell(e.message)}${e.loc ? ` (${link(e.loc.file, e.loc.line)})` : ''}`);
  };
  if (byRoute.size) {
    out.push('## Findings by route', '');
    for (const [route, fs] of [...byRoute].sort((a, b) => worst(a[1]) - worst(b[1]) || a[0].localeCompare(b[0]))) {
      out.push(`### \`${route}\``, '');
      for (const f of fs.sort((a, b) => RANK[a.severity] - RANK[b.severity])) entry(f);
      out.push('');
    }
  }
  if (noRoute.length) {
    out.push('## Other findings', '');
    for (const f of noRoute.sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.loc.file.localeCompare(b.loc.file))) entry(f);
    out.push('');
  }
  if (suppressed.length) {
    out.push('## Suppressed', '', '| Rule | Where | Reason |', '|---|---|---|');
    for (const f of suppressed) out.push(`| ${f.ruleId} | ${link(f.loc.file, f.loc.line)} | ${cell(f.suppressed!.reason)} |`);
    out.push('');
  }
  if (result.model.skipped.length) {
    out.push('## Files not analysed', '');
    for (const s of result.model.skipped) out.push(`- ${cell(s.file)}: ${cell(s.reason)}`);
    out.push('');
  }
  return out.join('\n');
}
