import { Router } from 'express';
import cors from 'cors';
import rateLimit from 'express-rate-limit';
import { requireAuth, getAuth, clerkClient } from '@clerk/express';
import { prisma } from '../lib/prisma.js';

export const accountRouter = Router();

// the browser extension calls these from its own origin
accountRouter.use(
  cors({
    // expect: cors-wildcard
    origin: (_origin, cb) => cb(null, true),
    credentials: true,
  }),
);

const exportLimiter = rateLimit({ windowMs: 60 * 60 * 1000, limit: 3 });

// ok: missing-auth
accountRouter.get('/me', requireAuth(), async (req, res) => {
  const { userId } = getAuth(req);
  const user = await clerkClient.users.getUser(userId!);
  res.json({ id: user.id, email: user.primaryEmailAddress?.emailAddress });
});

// expect: missing-rate-limit
accountRouter.get('/export', requireAuth(), async (req, res) => {
  const { orgId } = getAuth(req);
  // ok: unscoped-tenant-query
  const notes = await prisma.note.findMany({ where: { orgId: orgId! } });
  res.setHeader('Content-Disposition', 'attachment; filename="notes.json"');
  res.json(notes);
});

// ok: missing-rate-limit
accountRouter.get('/export/full', requireAuth(), exportLimiter, async (req, res) => {
  const { orgId } = getAuth(req);
  // ok: unscoped-tenant-query
  const folders = await prisma.folder.findMany({ where: { orgId: orgId! }, include: { notes: true } });
  res.json(folders);
});

accountRouter.post('/preferences', requireAuth(), async (req, res) => {
  const theme = req.body.theme === 'dark' ? 'dark' : 'light';
  // ok: insecure-cookie
  res.cookie('qn_prefs', JSON.stringify({ theme }), { maxAge: 31536000000 });
  res.status(204).end();
});

accountRouter.post('/impersonation/exit', requireAuth(), async (req, res) => {
  const ticket = String(req.body.ticket ?? '');
  // expect: insecure-cookie
  res.cookie('qn_impersonation_token', ticket, { httpOnly: false, sameSite: 'none', secure: true });
  res.status(204).end();
});
