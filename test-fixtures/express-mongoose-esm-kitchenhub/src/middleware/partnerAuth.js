import jwt from 'jsonwebtoken';

// wholesale partners call the stock API with tokens signed by their RSA key
export function partnerAuth(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  try {
    // expect: insecure-jwt
    req.partner = jwt.verify(token, process.env.PARTNER_PUBLIC_KEY);
    next();
  } catch {
    res.status(401).json({ message: 'Invalid partner token' });
  }
}
