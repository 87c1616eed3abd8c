import polka from 'polka';
import { pool } from '../lib/db.js';
import { json, type Req, type Res } from '../lib/http.js';
import { requireAccount, requireOwner } from '../lib/session.js';

export const admin = polka()
  .use(requireAccount)
  // ok: missing-role-check
  .get('/members', requireOwner, async (req: Req, res: Res) => {
    const { rows } = await pool.query('SELECT id, email, role FROM accounts WHERE org_id = $1', [req.account!.orgId]);
    json(res, 200, rows);
  })
  // expect: missing-role-check
  .delete('/members/:id', async (req: Req, res: Res) => {
    // ok: unscoped-tenant-query
    await pool.query('DELETE FROM accounts WHERE id = $1 AND org_id = $2', [req.params.id, req.account!.orgId]);
    json(res, 204, null);
  });
