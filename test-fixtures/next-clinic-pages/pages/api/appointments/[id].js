import { pool } from '../../../lib/db';
import { withStaff } from '../../../lib/session';
import { log } from '../../../lib/log';

// ok: missing-auth
export default withStaff(async (req, res) => {
  const { id } = req.query;
  if (req.method === 'GET') {
    // expect: unscoped-tenant-query
    const [rows] = await pool.execute('SELECT * FROM appointments WHERE id = ?', [id]);
    return res.json(rows[0] ?? null);
  }
  if (req.method === 'DELETE') {
    // ok: unscoped-tenant-query
    await pool.execute('DELETE FROM appointments WHERE id = ? AND clinic_id = ?', [id, req.staff.clinicId]);
    // ok: token-logging
    log.info({ appointmentId: id, staffId: req.staff.id }, 'appointment cancelled');
    return res.status(204).end();
  }
  res.status(405).end();
});
