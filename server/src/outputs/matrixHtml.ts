/**
 * The access matrix as one self-contained HTML page: the counts, then every route in a table
 * sortable by any column (click a header) and filterable by text and by "needs attention"
 * (findings, no authentication without a public reason, unscoped data access), each row linked
 * to its source line; then the suppressions with their reasons.
 */
import type { AnalysisResult } from '../engine/analyze';
import { escapeHtml as h, htmlPage, sourceLink } from './html';
import { authCell, matrixRows, matrixSummary, needsAttention, MatrixRow } from './matrix';

const COLUMNS: { title: string; cell: (r: MatrixRow, link: string) => { html: string; sort?: string; cls?: string } }[] = [
  { title: 'Method', cell: (r) => ({ html: h(r.method) }) },
  { title: 'Path', cell: (r) => ({ html: h(r.path), cls: 'path' }) },
  { title: 'Framework', cell: (r) => ({ html: h(r.framework) }) },
  { title: 'Handler', cell: (r, link) => ({ html: sourceLink(link, r.file, r.line), sort: `${r.file}\u0000${String(r.line).padStart(7, '0')}` }) },
  { title: 'Auth', cell: (r) => ({ html: h(authCell(r)), cls: !r.auth.required && !r.publicReason ? 'bad' : undefined }) },
  { title: 'Roles', cell: (r) => ({ html: h(r.roles.join(', ') || '-') }) },
  { title: 'Tenant scoping', cell: (r) => ({ html: h(r.tenantScoping), cls: r.tenantScoping === 'unscoped' ? 'bad' : r.tenantScoping === 'scoped' ? 'good' : undefined }) },
  { title: 'Rate limit', cell: (r) => ({ html: r.rateLimited ? 'yes' : 'no' }) },
  { title: 'Validation', cell: (r) => ({ html: r.validated ? 'yes' : 'no' }) },
  { title: 'CORS', cell: (r) => ({ html: h(r.cors) }) },
  { title: 'Findings', cell: (r) => ({ html: h(r.findings.join(', ') || '-'), sort: String(r.findings.length).padStart(3, '0') + r.findings.join(','), cls: r.findings.length ? 'warn' : undefined }) },
];

/** Sorting and filtering, in the page itself (no library, no network). */
const SCRIPT = `
(() => {
  const table = document.getElementById('matrix');
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const search = document.getElementById('filter');
  const attention = document.getElementById('attention');
  const shown = document.getElementById('shown');
  const key = (row, i) => { const c = row.cells[i]; return c.dataset.sort ?? c.textContent.trim().toLowerCase(); };
  table.querySelectorAll('th button').forEach((button, i) => button.addEventListener('click', () => {
    const th = button.parentElement;
    const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    table.querySelectorAll('th').forEach((t) => t.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', dir);
    const sign = dir === 'ascending' ? 1 : -1;
    rows.sort((a, b) => sign * key(a, i).localeCompare(key(b, i), undefined, { numeric: true }) || Number(a.dataset.index) - Number(b.dataset.index));
    for (const r of rows) body.appendChild(r);
  }));
  const apply = () => {
    const words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    let n = 0;
    for (const r of rows) {
      const text = r.textContent.toLowerCase();
      const visible = (!attention.checked || r.dataset.attention === '1') && words.every((w) => text.includes(w));
      r.hidden = !visible;
      if (visible) n++;
    }
    shown.textContent = n + ' of ' + rows.length + ' routes shown';
  };
  search.addEventListener('input', apply);
  attention.addEventListener('change', apply);
  apply();
})();
`;

export function formatMatrixHtml(result: AnalysisResult, linkPrefix = ''): string {
  const rows = matrixRows(result);
  const s = matrixSummary(result, rows);
  const card = (label: string, n: number, bad = false) => `<div class="card${bad && n ? ' bad' : ''}"><b>${n}</b>${h(label)}</div>`;
  const body = [
    `<h1>Access matrix</h1>`,
    `<p class="muted">${h(result.model.root.split(/[\\/]/).pop() ?? '')}: ${result.stats.files} files analysed by routeguard.</p>`,
    `<div class="cards">${card('routes', s.routes)}${card('authenticated', s.authenticated)}${card('public by design', s.publicByDesign)}${card('unauthenticated', s.unauthenticated, true)}${card('unscoped data access', s.unscoped, true)}${card('admin routes without a role check', s.adminWithoutRoleCheck, true)}${card('with findings', s.withFindings, true)}</div>`,
    `<div class="controls"><input id="filter" type="search" placeholder="Filter: path, middleware, rule..." aria-label="Filter routes">` +
      `<label><input id="attention" type="checkbox"> needs attention only</label><span id="shown" class="muted"></span></div>`,
    `<table id="matrix"><thead><tr>${COLUMNS.map((c) => `<th scope="col"><button type="button">${h(c.title)}</button></th>`).join('')}</tr></thead><tbody>`,
    ...rows.map((r, i) => {
      const cells = COLUMNS.map((c) => {
        const v = c.cell(r, linkPrefix);
        return `<td${v.cls ? ` class="${v.cls}"` : ''}${v.sort !== undefined ? ` data-sort="${h(v.sort.toLowerCase())}"` : ''}>${v.html}</td>`;
      });
      const attention = needsAttention(r);
      return `<tr data-index="${i}" data-attention="${attention ? 1 : 0}"${attention ? ' class="attention"' : ''}>${cells.join('')}</tr>`;
    }),
    `</tbody></table>`,
    `<h2>Suppressions</h2>`,
    s.suppressions.length
      ? `<table><thead><tr><th>Rule</th><th>Where</th><th>Route</th><th>Reason</th></tr></thead><tbody>${s.suppressions
          .map((x) => `<tr><td>${h(x.ruleId)}</td><td>${sourceLink(linkPrefix, x.file, x.line)}</td><td><code>${h(x.route ?? '-')}</code></td><td>${h(x.reason)}</td></tr>`)
          .join('')}</tbody></table>`
      : `<p class="muted">No suppressions.</p>`,
  ].join('\n');
  return htmlPage('Access matrix', body, SCRIPT);
}
