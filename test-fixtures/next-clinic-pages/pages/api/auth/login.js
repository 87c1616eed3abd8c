import { getIronSession } from 'iron-session';
import { pool } from '../../../lib/db';
import { log } from '../../../lib/log';

// ok: missing-auth
// expect: missing-rate-limit
export default async function login(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const { email, password } = req.body;
  // ok: token-logging
  log.info({ email, password }, 'login attempt');
  // expect: token-logging
  log.info(`login attempt ${email}:${password}`);
  const [rows] = await pool.execute('SELECT id, role, clinic_id FROM staff WHERE email = ?', [email]);
  if (!rows.length) return res.status(401).json({ error: 'invalid' });
  const session = await getIronSession(req, res, { cookieName: 'clinic_session', password: process.env.SESSION_PASSWORD });
  session.staff = { id: rows[0].id, role: rows[0].role, clinicId: rows[0].clinic_id };
  await session.save();
  res.json({ ok: true });
}
