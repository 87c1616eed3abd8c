import { pool } from '../../lib/db';

// the price list is shown on the public booking page
// ok: missing-auth
export default async function handler(req, res) {
  // ok: unscoped-tenant-query
  const [rows] = await pool.query('SELECT id, name, price_cents FROM services');
  // ok: cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.json(rows);
}
