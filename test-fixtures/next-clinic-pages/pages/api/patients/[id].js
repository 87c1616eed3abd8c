import { pool } from '../../../lib/db';

// expect: missing-auth
export default async function patient(req, res) {
  // expect: cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  const [rows] = await pool.execute('SELECT * FROM patients WHERE id = ?', [req.query.id]);
  res.json(rows[0] ?? null);
}
