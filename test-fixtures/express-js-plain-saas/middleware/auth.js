import jwt from 'jsonwebtoken';

// the session JWT lives in an httpOnly cookie set at login
export default function auth(req, res, next) {
  const token = req.cookies.token;
  if (!token) return res.status(401).json({ error: 'Not signed in' });
  try {
    const payload = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    req.user = { id: payload.sub, accountId: payload.acc, role: payload.role };
    next();
  } catch (e) {
    return res.status(401).json({ error: 'Session expired' });
  }
}

export function adminOnly(req, res, next) {
  if (req.user.role !== 'admin') return res.status(403).json({ error: 'Admins only' });
  next();
}
