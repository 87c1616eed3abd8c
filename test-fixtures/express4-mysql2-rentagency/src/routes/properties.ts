import { Router } from 'express';
import { z } from 'zod';
import { pool } from '../lib/db';
import { requireRole } from '../middleware/auth';

export const propertiesRouter = Router();

propertiesRouter.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const [rows] = await pool.query('SELECT * FROM properties WHERE agency_id = ? ORDER BY address', [req.user!.agencyId]);
  res.json(rows);
});

propertiesRouter.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const [rows] = await pool.query('SELECT * FROM properties WHERE id = ?', [req.params.id]);
  const property = (rows as unknown[])[0];
  if (!property) return res.status(404).json({ error: 'not found' });
  res.json(property);
});

const propertyInput = z.object({ address: z.string().min(5), monthlyRent: z.number().int().positive() });

propertiesRouter.post('/', async (req, res) => {
  const input = propertyInput.parse(req.body);
  const [result] = await pool.execute('INSERT INTO properties (agency_id, address, monthly_rent) VALUES (?, ?, ?)', [req.user!.agencyId, input.address, input.monthlyRent]);
  res.status(201).json({ id: (result as { insertId: number }).insertId });
});

// expect: missing-input-validation
propertiesRouter.patch('/:id', async (req, res) => {
  const { address, monthlyRent } = req.body;
  // ok: unscoped-tenant-query
  await pool.execute('UPDATE properties SET address = ?, monthly_rent = ? WHERE id = ? AND agency_id = ?', [address, monthlyRent, req.params.id, req.user!.agencyId]);
  res.json({ ok: true });
});

propertiesRouter.delete('/:id', requireRole('manager', 'admin'), async (req, res) => {
  // expect: unscoped-tenant-query
  await pool.execute('DELETE FROM properties WHERE id = ?', [req.params.id]);
  res.status(204).end();
});
