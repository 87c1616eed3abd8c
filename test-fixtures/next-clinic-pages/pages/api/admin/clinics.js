import { pool } from '../../../lib/db';
import { withStaff } from '../../../lib/session';

// ok: missing-role-check
export default withStaff(async (req, res) => {
  if (req.staff.role !== 'owner') return res.status(403).json({ error: 'owners only' });
  // ok: unscoped-tenant-query
  const [rows] = await pool.query('SELECT * FROM clinics');
  res.json(rows);
});
