import polka from 'polka';
import { z } from 'zod';
import { pool } from '../lib/db.js';
import { json, type Req, type Res } from '../lib/http.js';
import { requireAccount, requireOwner } from '../lib/session.js';

const IncidentInput = z.object({ title: z.string().min(3).max(140), severity: z.enum(['minor', 'major', 'critical']), componentId: z.string().uuid() });

export const incidents = polka()
  .use(requireAccount)
  // ok: missing-auth, unscoped-tenant-query
  .get('/', async (req: Req, res: Res) => {
    const { rows } = await pool.query('SELECT * FROM incidents WHERE org_id = $1 ORDER BY started_at DESC LIMIT 100', [req.account!.orgId]);
    json(res, 200, rows);
  })
  // ok: missing-input-validation
  .post('/', async (req: Req, res: Res) => {
    const input = IncidentInput.parse(req.body);
    const { rows } = await pool.query('INSERT INTO incidents (org_id, title, severity, component_id) VALUES ($1, $2, $3, $4) RETURNING *', [req.account!.orgId, input.title, input.severity, input.componentId]);
    json(res, 201, rows[0]);
  })
  .get('/:id', async (req: Req, res: Res) => {
    // expect: unscoped-tenant-query
    const { rows } = await pool.query('SELECT * FROM incidents WHERE id = $1', [req.params.id]);
    if (!rows[0]) return json(res, 404, { error: 'not found' });
    json(res, 200, rows[0]);
  })
  // expect: missing-input-validation
  .patch('/:id', async (req: Req, res: Res) => {
    // ok: unscoped-tenant-query
    const { rows } = await pool.query('UPDATE incidents SET status = $1, body = $2 WHERE id = $3 AND org_id = $4 RETURNING *', [req.body.status, req.body.body, req.params.id, req.account!.orgId]);
    json(res, 200, rows[0]);
  })
  // ok: missing-role-check
  .delete('/:id', requireOwner, async (req: Req, res: Res) => {
    // ok: unscoped-tenant-query
    await pool.query('DELETE FROM incidents WHERE id = $1 AND org_id = $2', [req.params.id, req.account!.orgId]);
    json(res, 204, null);
  });
