import { createPool, type DatabasePool } from 'slonik';
import Provider from 'oidc-provider';

// Each tenant has its own database pool (its own schema and role): queries need no tenant filter.
export interface TenantContext {
  id: string;
  pool: DatabasePool;
  provider: Provider;
}

export async function createTenant(id: string): Promise<TenantContext> {
  const pool = await createPool(`${process.env.TENANT_DATABASE_URL}/${id}`);
  const provider = new Provider(`${process.env.ISSUER_URL}/${id}/oidc`, { clients: [] });
  return { id, pool, provider };
}
