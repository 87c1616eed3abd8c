import { Router } from 'express';
import { pool } from '../lib/db';

export const publicRouter = Router();

publicRouter.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

// ok: missing-auth
publicRouter.get('/listings', async (_req, res) => {
  const [rows] = await pool.query('SELECT id, address, monthly_rent FROM properties WHERE listed = 1');
  res.json(rows);
});

// the renter portal: anyone with a lease id reads the lease and the renter's email
// expect: missing-auth
publicRouter.get('/leases/:id', async (req, res) => {
  const [rows] = await pool.query('SELECT * FROM leases WHERE id = ?', [req.params.id]);
  res.json((rows as unknown[])[0] ?? null);
});
