import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { db } from '../db/index.js';
import { assets, shareLinks } from '../db/schema.js';
import { unlockLimiter } from '../lib/limits.js';
import { publicUrl } from '../lib/storage.js';

// public share pages: no session, the link's token is the capability
export const shareRouter = Router();

// expect: insecure-jwt
const SHARE_SECRET = process.env.SHARE_JWT_SECRET ?? 'share-links-local';

async function findLink(token: string) {
  const link = await db.query.shareLinks.findFirst({ where: eq(shareLinks.token, token) });
  if (!link || (link.expiresAt && link.expiresAt < new Date())) return null;
  return link;
}

// ok: missing-auth, unscoped-tenant-query
shareRouter.get('/:token', async (req, res) => {
  const link = await findLink(req.params.token);
  if (!link) return res.status(404).json({ error: 'Link expired' });
  if (link.passwordHash) {
    const unlocked = req.cookies?.share_session && jwt.verify(req.cookies.share_session, SHARE_SECRET, { algorithms: ['HS256'] });
    if (!unlocked) return res.status(401).json({ passwordRequired: true });
  }
  const asset = await db.query.assets.findFirst({ where: eq(assets.id, link.assetId) });
  if (!asset) return res.status(404).json({ error: 'Gone' });
  res.json({ title: asset.title, mimeType: asset.mimeType, url: publicUrl(asset.storageKey) });
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
shareRouter.post('/:token/unlock', unlockLimiter, async (req, res) => {
  const { password } = z.object({ password: z.string().min(1).max(200) }).parse(req.body);
  const link = await findLink(req.params.token);
  if (!link?.passwordHash || !(await bcrypt.compare(password, link.passwordHash))) {
    return res.status(401).json({ error: 'Wrong password' });
  }
  const grant = jwt.sign({ linkId: link.id }, SHARE_SECRET, { algorithm: 'HS256', expiresIn: '1h' });
  // expect: insecure-cookie
  res.cookie('share_session', grant, { httpOnly: true, maxAge: 3600_000 });
  res.sendStatus(204);
});

// expect: missing-auth
shareRouter.get('/assets/:assetId/preview', async (req, res) => {
  const asset = await db.query.assets.findFirst({ where: eq(assets.id, req.params.assetId) });
  if (!asset) return res.status(404).end();
  res.redirect(publicUrl(asset.storageKey));
});
