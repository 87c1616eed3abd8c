import { Router } from 'express';
import { z } from 'zod';
import { pool } from '../lib/db';

export const maintenanceRouter = Router();

const request = z.object({ propertyId: z.number().int(), description: z.string().min(10).max(2000) });

maintenanceRouter.get('/', async (req, res) => {
  const status = typeof req.query.status === 'string' ? req.query.status : 'open';
  // ok: unscoped-tenant-query
  const [rows] = await pool.query('SELECT * FROM maintenance_requests WHERE agency_id = ? AND status = ?', [req.user!.agencyId, status]);
  res.json(rows);
});

maintenanceRouter.post('/', async (req, res) => {
  const input = request.parse(req.body);
  // expect: unscoped-tenant-query
  const [props] = await pool.query('SELECT id, agency_id FROM properties WHERE id = ?', [input.propertyId]);
  const property = (props as { id: number; agency_id: number }[])[0];
  if (!property) return res.status(404).json({ error: 'unknown property' });
  await pool.query('INSERT INTO maintenance_requests (agency_id, property_id, description, status) VALUES (?, ?, ?, ?)', [req.user!.agencyId, property.id, input.description, 'open']);
  res.status(201).json({ ok: true });
});

maintenanceRouter.put('/:id/status', async (req, res) => {
  const { status } = z.object({ status: z.enum(['open', 'scheduled', 'done']) }).parse(req.body);
  try {
    // ok: unscoped-tenant-query
    await pool.query('UPDATE maintenance_requests SET status = ? WHERE id = ? AND agency_id = ?', [status, req.params.id, req.user!.agencyId]);
    res.json({ ok: true });
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: 'update failed', detail: (err as Error).stack });
  }
});

maintenanceRouter.post('/:id/notes', async (req, res) => {
  const { note } = z.object({ note: z.string().min(1).max(1000) }).parse(req.body);
  try {
    await pool.query(
      'INSERT INTO maintenance_notes (request_id, agency_id, author_id, note) SELECT id, agency_id, ?, ? FROM maintenance_requests WHERE id = ? AND agency_id = ?',
      [req.user!.id, note, req.params.id, req.user!.agencyId],
    );
    res.status(201).json({ ok: true });
  } catch (err) {
    // a 400, but what it explains is the driver's: the failing statement and the key it broke
    // expect: error-details-leak
    res.status(400).json({ error: 'could not save note', reason: (err as { sqlMessage?: string }).sqlMessage });
  }
});
