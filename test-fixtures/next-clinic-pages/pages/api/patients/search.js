import { pool } from '../../../lib/db';
import { getStaff } from '../../../lib/session';

// ok: missing-auth
export default async function search(req, res) {
  const staff = await getStaff(req, res);
  if (!staff) return res.status(401).end();
  // ok: cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', process.env.APP_ORIGIN);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  // ok: unscoped-tenant-query
  const [rows] = await pool.execute('SELECT id, full_name FROM patients WHERE clinic_id = ? AND full_name LIKE ?', [staff.clinicId, `%${req.query.q}%`]);
  res.json(rows);
}
