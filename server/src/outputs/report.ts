/**
 * The audit as a review-ready Markdown document: a summary (counts per severity and per rule),
 * then the findings grouped by route (routes with the most severe findings first), then the
 * findings that belong to no route, each with its evidence and a link to the line.
 */
import type { AnalysisResult } from '../engine/analyze';
import type { Finding } from '../engine/findings';
import { countsByRule, groupByRoute } from './text';

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
  const counts = countsByRule(active);
  if (counts.length) {
    out.push('| Rule | Errors | Warnings | Info |', '|---|---|---|---|');
    for (const c of counts) {
      const doc = result.rules.find((r) => r.id === c.ruleId)?.docs;
      out.push(`| ${doc ? `[${c.ruleId}](${DOCS_BASE}${doc})` : c.ruleId} | ${c.error} | ${c.warning} | ${c.info} |`);
    }
    out.push('');
  }
  const entry = (f: Finding) => {
    out.push(`- **${f.severity}** \`${f.ruleId}\` at ${link(f.loc.file, f.loc.line)}: ${cell(f.message)}`);
    for (const e of f.evidence.slice(0, 5)) out.push(`  - ${cell(e.message)}${e.loc ? ` (${link(e.loc.file, e.loc.line)})` : ''}`);
  };
  // the same grouping and order as the text and HTML reports
  const groups = groupByRoute(active);
  if (groups.some((g) => g.route)) out.push('## Findings by route', '');
  for (const g of groups) {
    out.push(g.route ? `### \`${g.route}\`` : '## Other findings', '');
    for (const f of g.findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.loc.file.localeCompare(b.loc.file) || a.loc.line - b.loc.line)) entry(f);
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
