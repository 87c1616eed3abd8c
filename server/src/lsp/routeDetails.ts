/** "Show Route Details" and the hover on a route declaration: one route, everything we know of it. */
import type { Route } from '../engine/model/types';
import type { Finding } from '../engine/findings';
import type { Loc } from '../engine/types';

const at = (l: Loc) => `${l.file}:${l.line}`;
const code = (s: string) => '`' + s.replace(/`/g, "'") + '`';

export function routeAt(routes: Route[], file: string, line: number): Route | undefined {
  // the declaration line first (several routes may share a handler file), then a handler body
  return routes.find((r) => r.loc.file === file && line >= r.loc.line && line <= r.loc.endLine && (r.loc.endLine - r.loc.line < 3 || line === r.loc.line))
    ?? routes.find((r) => r.loc.file === file && r.loc.line === line);
}

export function routeDetailsMarkdown(r: Route, findings: Finding[]): string {
  const out: string[] = [];
  out.push(`**${r.method} ${code(r.path)}** (${r.framework}), handler ${code(r.handlerName || 'anonymous')} at ${at(r.loc)}`, '');
  const auth = r.auth.required ? `required (${r.auth.via.join(', ') || 'unknown mechanism'})` : r.publicReason ? `none: public by design (${r.publicReason})` : '**none**';
  out.push(`- **Auth:** ${auth}`);
  out.push(`- **Roles:** ${r.roles.length ? r.roles.join(', ') : r.roleCheck ? 'checked (no role names seen)' : 'none'}`);
  const tenant: Record<Route['tenantScoping'], string> = { scoped: 'every query scoped to the caller', unscoped: '**unscoped query**', none: 'no tenant-owned data', unknown: 'unknown' };
  out.push(`- **Tenant scoping:** ${tenant[r.tenantScoping]}`);
  out.push(`- **Rate limit:** ${r.rateLimited ? 'yes' : 'no'} · **Validation:** ${r.validated ? 'yes' : 'no'} · **CORS:** ${r.cors}`);
  if (!r.mountKnown) out.push('- Mount: not found (the path is as declared)');
  out.push('', '**Middleware chain** (in order):');
  if (!r.chain.length) out.push('- (none)');
  for (const e of r.chain) {
    const roles = e.roles.filter((x) => x !== 'other');
    const what = roles.length ? roles.join(', ') : 'other';
    const def = e.definedAt ? `, defined at ${at(e.definedAt)}` : '';
    out.push(`- ${code(e.name)}: ${what}, registered at ${at(e.registeredAt)}${def}${e.why ? ` (${e.why})` : ''}`);
  }
  if (r.mounts.length) out.push('', `**Mounted at:** ${r.mounts.map(at).join(' → ')}`);
  if (r.queries.length) {
    out.push('', '**Data access:**');
    for (const q of r.queries) {
      const scope = !q.tenantOwned ? 'not tenant-owned'
        : q.sessionScoped.length ? `scoped by ${q.sessionScoped.map((s) => s.path).join(', ')}`
        : q.ownershipChecked ? 'ownership checked after the read'
        : q.clientDriven.length ? `**unscoped**: ${q.clientDriven.map((c) => `${c.path} from ${c.source}`).join(', ')}`
        : '**unscoped**';
      out.push(`- ${q.orm} ${code(`${q.model}.${q.op}`)} (${q.kind}${q.many ? ', many' : ''}) at ${at(q.loc)}: ${scope}`);
    }
  }
  const mine = findings.filter((f) => !f.suppressed && f.route === `${r.method} ${r.path}`);
  if (mine.length) {
    out.push('', '**Findings:**');
    for (const f of mine) out.push(`- ${f.ruleId} (${f.severity}): ${f.message}`);
  }
  return out.join('\n');
}
