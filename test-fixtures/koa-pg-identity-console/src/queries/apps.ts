import { pool } from '../db.js';

export const createAppQueries = () => ({
  async listForTenant(tenantId: string) {
    const { rows } = await pool.query('select id, name, type from applications where tenant_id = $1 order by created_at', [tenantId]);
    return rows;
  },
  async findForTenant(tenantId: string, id: string) {
    const { rows } = await pool.query('select * from applications where tenant_id = $1 and id = $2', [tenantId, id]);
    return rows[0];
  },
  async insert(tenantId: string, name: string, type: string) {
    const { rows } = await pool.query('insert into applications (tenant_id, name, type) values ($1, $2, $3) returning *', [tenantId, name, type]);
    return rows[0];
  },
});

export type AppQueries = ReturnType<typeof createAppQueries>;
