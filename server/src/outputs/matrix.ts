/** The access matrix: one row per route, as JSON, Markdown or CSV. */
import type { AnalysisResult } from '../engine/analyze';
import type { Route } from '../engine/model/types';

export interface MatrixRow {
  method: string;
  path: string;
  framework: string;
  file: string;
  line: number;
  auth: { required: boolean; via: string[] };
  roles: string[];
  tenantScoping: Route['tenantScoping'];
  rateLimited: boolean;
  validated: boolean;
  cors: string;
  findings: string[];
  publicReason?: string;
}

export function matrixRows(result: AnalysisResult): MatrixRow[] {
  // one pass over the findings, not one per route: a large app has thousands of each
  const byRoute = new Map<string, Set<string>>();
  for (const f of result.findings) if (!f.suppressed && f.route) byRoute.set(f.route, (byRoute.get(f.route) ?? new Set()).add(f.ruleId));
  return result.model.routes.map((r) => {
    const label = `${r.method} ${r.path}`;
    return {
      method: r.method,
      path: r.path,
      framework: r.framework,
      file: r.loc.file,
      line: r.loc.line,
      auth: { required: r.auth.required, via: r.auth.via },
      roles: r.roles,
      tenantScoping: r.tenantScoping,
      rateLimited: r.rateLimited,
      validated: r.validated,
      cors: r.cors,
      findings: [...(byRoute.get(label) ?? [])].sort(),
      // a reason missing-auth overruled (`/public/orders/:orderId` reading someone's order) makes no route public by design
      ...(r.publicReason && !byRoute.get(label)?.has('missing-auth') ? { publicReason: r.publicReason } : {}),
    };
  });
}

export interface MatrixSummary {
  routes: number;
  authenticated: number;
  publicByDesign: number;
  /** no authentication and not public by design */
  unauthenticated: number;
  unscoped: number;
  /** admin-like routes any signed-in user can call (missing-role-check findings) */
  adminWithoutRoleCheck: number;
  withFindings: number;
  suppressions: { ruleId: string; file: string; line: number; reason: string; route?: string }[];
}

export function matrixSummary(result: AnalysisResult, rows = matrixRows(result)): MatrixSummary {
  return {
    routes: rows.length,
    authenticated: rows.filter((r) => r.auth.required).length,
    publicByDesign: rows.filter((r) => !r.auth.required && r.publicReason).length,
    unauthenticated: rows.filter((r) => !r.auth.required && !r.publicReason).length,
    unscoped: rows.filter((r) => r.tenantScoping === 'unscoped').length,
    adminWithoutRoleCheck: rows.filter((r) => r.findings.includes('missing-role-check')).length,
    withFindings: rows.filter((r) => r.findings.length).length,
    suppressions: result.findings
      .filter((f) => f.suppressed)
      .map((f) => ({ ruleId: f.ruleId, file: f.loc.file, line: f.loc.line, reason: f.suppressed!.reason, ...(f.route ? { route: f.route } : {}) })),
  };
}

/** Does a row need a reviewer's attention: findings, or no authentication without a public reason? */
export function needsAttention(r: MatrixRow): boolean {
  return r.findings.length > 0 || (!r.auth.required && !r.publicReason) || r.tenantScoping === 'unscoped';
}

export function formatMatrixJson(result: AnalysisResult): string {
  return JSON.stringify(matrixRows(result), null, 2) + '\n';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

export function authCell(r: MatrixRow): string {
  if (r.auth.required) return `yes (${r.auth.via.join(', ') || 'unknown mechanism'})`;
  return r.publicReason ? `no (public: ${r.publicReason})` : 'no (none)';
}

/** Markdown; `linkPrefix` is prepended to file paths (relative from where the document is written). */
export function formatMatrixMarkdown(result: AnalysisResult, linkPrefix = ''): string {
  const rows = matrixRows(result);
  const out: string[] = [];
  const s = matrixSummary(result, rows);
  out.push('# Access matrix', '');
  out.push('| Routes | Authenticated | Public by design | Unauthenticated | Unscoped data access | Admin routes without a role check | With findings |');
  out.push('|---|---|---|---|---|---|---|');
  out.push(`| ${s.routes} | ${s.authenticated} | ${s.publicByDesign} | ${s.unauthenticated} | ${s.unscoped} | ${s.adminWithoutRoleCheck} | ${s.withFindings} |`, '');
  out.push('| Method | Path | Framework | Handler | Auth | Roles | Tenant scoping | Rate limit | Validation | CORS | Findings |');
  out.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    out.push(
      '| ' +
        [
          r.method,
          '`' + r.path + '`',
          r.framework,
          `[${r.file}:${r.line}](${linkPrefix}${encodeURI(r.file)}#L${r.line})`,
          authCell(r),
          r.roles.join(', ') || '-',
          r.tenantScoping,
          yesNo(r.rateLimited),
          yesNo(r.validated),
          r.cors,
          r.findings.join(', ') || '-',
        ]
          .map(cell)
          .join(' | ') +
        ' |',
    );
  }
  out.push('');
  if (s.suppressions.length) {
    out.push('## Suppressions', '', '| Rule | Where | Route | Reason |', '|---|---|---|---|');
    for (const x of s.suppressions) out.push(`| ${x.ruleId} | [${x.file}:${x.line}](${linkPrefix}${encodeURI(x.file)}#L${x.line}) | ${x.route ? '`' + cell(x.route) + '`' : '-'} | ${cell(x.reason)} |`);
  } else out.push('No suppressions.');
  return out.join('\n') + '\n';
}

export function formatMatrixCsv(result: AnalysisResult): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  // a plain table a spreadsheet opens as is; suppressions ride along per route
  const head = 'method,path,framework,file,line,auth_required,auth_via,public_reason,roles,tenant_scoping,rate_limited,validated,cors,findings,suppressed';
  const suppressed = new Map<string, string[]>();
  for (const x of matrixSummary(result).suppressions) if (x.route) suppressed.set(x.route, [...(suppressed.get(x.route) ?? []), `${x.ruleId}: ${x.reason}`]);
  const lines = matrixRows(result).map((r) =>
    [r.method, r.path, r.framework, r.file, String(r.line), yesNo(r.auth.required), r.auth.via.join(' '), r.publicReason ?? '', r.roles.join(' '), r.tenantScoping, yesNo(r.rateLimited), yesNo(r.validated), r.cors, r.findings.join(' '),
      (suppressed.get(`${r.method} ${r.path}`) ?? []).join('; ')]
      .map(q)
      .join(','),
  );
  return [head, ...lines].join('\n') + '\n';
}
