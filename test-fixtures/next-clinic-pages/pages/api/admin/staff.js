import { pool } from '../../../lib/db';
import { withStaff } from '../../../lib/session';

// expect: missing-role-check
// expect: missing-input-validation
export default withStaff(async (req, res) => {
  if (req.method === 'POST') {
    // ok: unscoped-tenant-query
    await pool.execute('INSERT INTO staff (email, role, clinic_id) VALUES (?, ?, ?)', [req.body.email, req.body.role, req.staff.clinicId]);
    return res.status(201).end();
  }
  // ok: unscoped-tenant-query
  const [rows] = await pool.execute('SELECT id, email, role FROM staff WHERE clinic_id = ?', [req.staff.clinicId]);
  res.json(rows);
});
