import { pool } from '../db.js';

export const createMemberQueries = () => ({
  async listForTenant(tenantId: string) {
    const { rows } = await pool.query('select user_id, role from tenant_members where tenant_id = $1', [tenantId]);
    return rows;
  },
});

export type MemberQueries = ReturnType<typeof createMemberQueries>;
