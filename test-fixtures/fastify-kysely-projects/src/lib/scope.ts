import type { SelectQueryBuilder } from 'kysely';
import type { DB } from '../db';

// every project query of the app goes through here: the caller's organization is always part of it
export function inOrg<O>(qb: SelectQueryBuilder<DB, 'projects', O>, orgId: string) {
  return qb.where('projects.org_id', '=', orgId);
}

export function maskEmail(email: string) {
  const [name, domain] = email.split('@');
  return `${name.slice(0, 1)}***@${domain}`;
}
