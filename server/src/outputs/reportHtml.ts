/**
 * The audit as one self-contained HTML page: the same document as the Markdown report
 * (summary, counts per rule, findings by route with evidence and source links, findings tied
 * to no route, suppressions, files not analysed), for reviewers who want to open or attach it.
 */
import type { AnalysisResult } from '../engine/analyze';
import type { Finding } from '../engine/findings';
import { escapeHtml as h, htmlPage, sourceLink } from './html';
import { countsByRule, groupByRoute } from './text';

const DOCS_BASE = 'https://github.com/routeguard/routeguard/blob/main/';
const RANK = { error: 0, warning: 1, info: 2 } as const;

export function formatReportHtml(result: AnalysisResult, linkPrefix = '', notes: string[] = []): string {
  const active = result.findings.filter((f) => !f.suppressed);
  const suppressed = result.findings.filter((f) => f.suppressed);
  const n = (s: Finding['severity']) => active.filter((f) => f.severity === s).length;
  const finding = (f: Finding) =>
    `<li><span class="sev-${f.severity}">${f.severity}</span> <code>${h(f.ruleId)}</code> at ${sourceLink(linkPrefix, f.loc.file, f.loc.line)}: ${h(f.message)}` +
    (f.evidence.length ? `<ul class="evidence">${f.evidence.slice(0, 5).map((e) => `<li>${h(e.message)}${e.loc ? ` (${sourceLink(linkPrefix, e.loc.file, e.loc.line)})` : ''}</li>`).join('')}</ul>` : '') +
    `</li>`;
  const docsOf = (id: string) => result.rules.find((r) => r.id === id)?.docs;
  const body: string[] = [
    `<h1>routeguard audit</h1>`,
    `<p>${active.length} findings (<span class="sev-error">${n('error')} errors</span>, <span class="sev-warning">${n('warning')} warnings</span>, ${n('info')} info) on ${result.model.routes.length} routes in ${result.stats.files} files${suppressed.length ? `; ${suppressed.length} suppressed with a reason` : ''}.</p>`,
    ...notes.map((x) => `<p class="muted">${h(x)}</p>`),
  ];
  const counts = countsByRule(active);
  if (counts.length) {
    body.push(`<table><thead><tr><th>Rule</th><th>Errors</th><th>Warnings</th><th>Info</th></tr></thead><tbody>`);
    for (const c of counts) {
      const doc = docsOf(c.ruleId);
      body.push(`<tr><td>${doc ? `<a href="${h(DOCS_BASE + doc)}">${h(c.ruleId)}</a>` : h(c.ruleId)}</td><td>${c.error}</td><td>${c.warning}</td><td>${c.info}</td></tr>`);
    }
    body.push(`</tbody></table>`);
  }
  const groups = groupByRoute(active);
  if (groups.some((g) => g.route)) body.push(`<h2>Findings by route</h2>`);
  for (const g of groups) {
    body.push(g.route ? `<h3><code>${h(g.route)}</code></h3>` : `<h2>Other findings</h2>`);
    body.push(`<ul>${g.findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.loc.file.localeCompare(b.loc.file) || a.loc.line - b.loc.line).map(finding).join('')}</ul>`);
  }
  if (suppressed.length) {
    body.push(`<h2>Suppressed</h2><table><thead><tr><th>Rule</th><th>Where</th><th>Reason</th></tr></thead><tbody>`);
    for (const f of suppressed) body.push(`<tr><td>${h(f.ruleId)}</td><td>${sourceLink(linkPrefix, f.loc.file, f.loc.line)}</td><td>${h(f.suppressed!.reason)}</td></tr>`);
    body.push(`</tbody></table>`);
  }
  if (result.model.skipped.length) {
    body.push(`<h2>Files not analysed</h2><ul>${result.model.skipped.map((s) => `<li>${h(s.file)}: ${h(s.reason)}</li>`).join('')}</ul>`);
  }
  return htmlPage('routeguard audit', body.join('\n'));
}
