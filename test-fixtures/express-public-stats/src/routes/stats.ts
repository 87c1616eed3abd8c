import { Router } from 'express';
import { db, pool } from '../db';

// The marketing site's counters: public on purpose, and they show totals, never a record.
export const stats = Router();

// ok: missing-auth
stats.get('/signups', async (_req, res) => {
  const row = await db('users').count('id as total').first();
  res.json({ signups: Number(row?.total ?? 0) });
});

// ok: missing-auth
stats.get('/invoices/monthly', async (_req, res) => {
  const { rows } = await pool.query("SELECT date_trunc('month', created_at) AS month, COUNT(*) AS issued, SUM(total) AS volume FROM invoices GROUP BY month ORDER BY month");
  res.json(rows);
});

// ok: missing-auth
stats.get('/invoices/by-status', async (_req, res) => {
  res.json(await db('invoices').select('status').count('id as n').groupBy('status'));
});

// totals per customer name list every tenant's customers
// expect: missing-auth
stats.get('/invoices/top-customers', async (_req, res) => {
  const { rows } = await pool.query('SELECT customer_name, SUM(total) AS spent FROM invoices GROUP BY customer_name ORDER BY spent DESC LIMIT 10');
  res.json(rows);
});

// expect: missing-auth
stats.get('/invoices/latest', async (_req, res) => {
  res.json(await db('invoices').select('id', 'customer_name', 'total').orderBy('created_at', 'desc').limit(5));
});
