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
  return result.model.routes.map((r) => {
    const label = `${r.method} ${r.path}`;
    const findings = result.findings.filter((f) => !f.suppressed && f.route === label);
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
      findings: [...new Set(findings.map((f) => f.ruleId))].sort(),
      ...(r.publicReason ? { publicReason: r.publicReason } : {}),
    };
  });
}

export function formatMatrixJson(result: AnalysisResult): string {
  return JSON.stringify(matrixRows(result), null, 2) + '\n';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function authCell(r: MatrixRow): string {
  if (r.auth.required) return `yes (${r.auth.via.join(', ') || 'unknown mechanism'})`;
  return r.publicReason ? `no (public: ${r.publicReason})` : 'no (none)';
}

/** Markdown; `linkPrefix` is prepended to file paths (relative from where the document is written). */
export function formatMatrixMarkdown(result: AnalysisResult, linkPrefix = ''): string {
  const rows = matrixRows(result);
  const out: string[] = [];
  out.push('# Access matrix', '');
  const unauth = rows.filter((r) => !r.auth.required && !r.publicReason).length;
  const withFindings = rows.filter((r) => r.findings.length).length;
  out.push(`${rows.length} routes: ${rows.filter((r) => r.auth.required).length} authenticated, ${rows.filter((r) => r.publicReason).length} public by design, ${unauth} unauthenticated; ${withFindings} with findings.`, '');
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
  return out.join('\n') + '\n';
}

export function formatMatrixCsv(result: AnalysisResult): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const head = 'method,path,framework,file,line,auth_required,auth_via,roles,tenant_scoping,rate_limited,validated,cors,findings';
  const lines = matrixRows(result).map((r) =>
    [r.method, r.path, r.framework, r.file, String(r.line), yesNo(r.auth.required), r.auth.via.join(' '), r.roles.join(' '), r.tenantScoping, yesNo(r.rateLimited), yesNo(r.validated), r.cors, r.findings.join(' ')]
      .map(q)
      .join(','),
  );
  return [head, ...lines].join('\n') + '\n';
}
