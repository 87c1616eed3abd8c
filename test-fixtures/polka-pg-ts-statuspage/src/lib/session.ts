import { parse } from 'cookie';
import { pool } from './db.js';
import { json, type Req, type Res, type Next } from './http.js';

// loads the account behind the session cookie, or answers 401
export async function requireAccount(req: Req, res: Res, next: Next) {
  const sid = parse(req.headers.cookie ?? '').sp_session;
  if (!sid) return json(res, 401, { error: 'sign in first' });
  const { rows } = await pool.query('SELECT a.id, a.org_id AS "orgId", a.role FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.id = $1 AND s.expires_at > now()', [sid]);
  if (!rows[0]) return json(res, 401, { error: 'session expired' });
  req.account = rows[0];
  next();
}

export function requireOwner(req: Req, res: Res, next: Next) {
  if (req.account?.role !== 'owner') {
    res.statusCode = 403;
    return res.end('Forbidden');
  }
  next();
}
