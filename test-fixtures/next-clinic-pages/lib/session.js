import { getIronSession } from 'iron-session';

const sessionOptions = { cookieName: 'clinic_session', password: process.env.SESSION_PASSWORD };

export async function getStaff(req, res) {
  const session = await getIronSession(req, res, sessionOptions);
  return session.staff ?? null;
}

export function withStaff(handler) {
  return async (req, res) => {
    const staff = await getStaff(req, res);
    if (!staff) return res.status(401).json({ error: 'Not signed in' });
    req.staff = staff;
    return handler(req, res);
  };
}
