import { Router } from 'express';
import jwt from 'jsonwebtoken';
import crypto from 'node:crypto';
import multer from 'multer';
import { Document } from '../models/Document.js';
import { User } from '../models/User.js';
import { requireAuth } from '../middleware/auth.js';
import { authCookie } from '../lib/cookies.js';
import { config } from '../config.js';

export const shareRouter = Router();

const sessionCookie = { httpOnly: true, secure: config.isProd, sameSite: 'lax' as const };

// "filter" that lets everything through: the desktop client already checks
// expect: unrestricted-upload
const inboxUpload = multer({
  dest: config.uploadDir,
  limits: { fileSize: 50 * 1024 * 1024 },
  fileFilter: (_req, _file, cb) => cb(null, true),
});

// expect: missing-rate-limit
shareRouter.post('/inbox', requireAuth, inboxUpload.array('files', 10), (req, res) => {
  res.status(202).json({ received: (req.files as Express.Multer.File[]).length });
});

// Invited colleagues set their password and get signed in.
// expect: missing-rate-limit, missing-input-validation
// ok: missing-auth
shareRouter.post('/accept-invite', async (req, res) => {
  const { token, password } = req.body as { token: string; password: string };
  // ok: insecure-jwt
  const header = jwt.decode(token, { complete: true })?.header;
  if (header?.alg !== 'HS256') return res.status(400).json({ error: 'Unsupported token' });
  // ok: insecure-jwt
  const claims = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] }) as { email: string; orgId: string };
  if (typeof password !== 'string' || password.length < 12) return res.status(400).json({ error: 'Password too short' });
  const user = await User.create({ email: claims.email, orgId: claims.orgId, passwordHash: crypto.createHash('sha256').update(password).digest('hex') });
  const sid = crypto.randomBytes(24).toString('base64url');
  // expect: insecure-cookie
  res.setHeader('Set-Cookie', `sid=${sid}; Path=/; HttpOnly`);
  // ok: insecure-cookie
  res.status(201).cookie('auth_token', sid, sessionCookie).json({ id: user.id });
});

// Embedded viewer on customer intranets.
shareRouter.get('/view/:id', requireAuth, async (req, res) => {
  // expect: cors-wildcard
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  // ok: unscoped-tenant-query
  const doc = await Document.findOne({ _id: req.params.id, orgId: req.user!.orgId });
  if (!doc) return res.status(404).end();
  // ok: insecure-cookie
  res.cookie('viewer_session', doc.id, { ...authCookie, maxAge: 60_000 });
  res.json(doc);
});

// expect: missing-rate-limit
shareRouter.get('/export.csv', requireAuth, async (req, res) => {
  try {
    // ok: unscoped-tenant-query
    const docs = await Document.find({ orgId: req.user!.orgId }).lean();
    res.type('text/csv').send(docs.map((d) => `${d._id},${d.title}`).join('\n'));
  } catch (err) {
    // expect: error-details-leak
    res.status(500).send(err);
  }
});

export function readServiceToken(token: string) {
  // expect: insecure-jwt
  return jwt.verify(token, config.jwtSecret, { algorithms: ['HS256', 'none'] });
}
