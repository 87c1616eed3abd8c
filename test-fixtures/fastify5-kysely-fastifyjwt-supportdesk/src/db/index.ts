import { Kysely, PostgresDialect, type SelectQueryBuilder } from 'kysely';
import pg from 'pg';
import type { Database } from './types.js';

export const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }) }),
});

/** Narrows any query on a tenant-owned table to one tenant. */
export function forTenant<T extends keyof Database, O>(qb: SelectQueryBuilder<Database, T, O>, tenantId: string) {
  return qb.where('tenant_id' as any, '=', tenantId);
}
