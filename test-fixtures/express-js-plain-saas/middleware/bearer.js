import jwt from 'jsonwebtoken';

// the mobile app sends its token as a Bearer header; a missing or bad one makes verify throw,
// and the error handler answers before any route runs
export function bearer(req, res, next) {
  const token = (req.get('authorization') || '').replace(/^Bearer /, '');
  const payload = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
  req.user = { id: payload.sub, accountId: payload.acc, role: payload.role };
  next();
}

// the marketing pages show a "signed in as" badge: the cookie is optional
export function maybeUser(req, res, next) {
  const token = req.cookies.token;
  if (!token) return next();
  try {
    const payload = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    req.user = { id: payload.sub, accountId: payload.acc, role: payload.role };
  } catch {
    req.user = null;
  }
  next();
}
