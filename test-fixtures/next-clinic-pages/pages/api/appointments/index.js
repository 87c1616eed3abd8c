import { pool } from '../../../lib/db';
import { getStaff } from '../../../lib/session';

// ok: missing-auth
export default async function handler(req, res) {
  const staff = await getStaff(req, res);
  if (!staff) return res.status(401).json({ error: 'Not signed in' });
  // ok: unscoped-tenant-query
  const [rows] = await pool.execute('SELECT * FROM appointments WHERE clinic_id = ? ORDER BY starts_at', [staff.clinicId]);
  res.json(rows);
}
