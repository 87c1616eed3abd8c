import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { config } from '../config.js';
import { users } from '../db/data-source.js';

export const ssoRouter = Router();

// the customer's IdP posts a signed assertion (RS256) after sign-in
const IDP_PUBLIC_KEY = process.env.IDP_PUBLIC_KEY ?? '';

// it exchanges the assertion for a session: a sign-in endpoint, limited like the password login
// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
ssoRouter.post('/callback', async (req, res) => {
  // expect: insecure-jwt
  const claims = jwt.verify(String(req.body.assertion), IDP_PUBLIC_KEY) as { email: string };
  const user = await users().findOneBy({ email: claims.email.toLowerCase() });
  if (!user) return res.status(403).json({ error: 'no account for this identity' });
  const token = jwt.sign({ sub: user.id, org: user.organizationId, role: user.role }, config.jwtSecret, { algorithm: 'HS256', expiresIn: '1h' });
  // ok: insecure-cookie
  res.cookie('vp_session', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 60 * 60 * 1000 });
  res.redirect(config.appUrl);
});
