import { Router, type Request } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { fromNodeHeaders } from 'better-auth/node';
import { and, eq } from 'drizzle-orm';
import { auth } from '../lib/auth.js';
import { db, interviews } from '../db/index.js';

// Mounted at /interviews BEFORE the app-wide requireSession (each handler checks the session itself).
export const interviewsRouter = Router();

// expect: unrestricted-upload
const recordingUpload = multer({ dest: 'uploads/recordings', limits: { fileSize: 500 * 1024 * 1024 } });

async function currentOrg(req: Request) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session?.session.activeOrganizationId) return null;
  return { userId: session.user.id, orgId: session.session.activeOrganizationId };
}

// ok: missing-auth
interviewsRouter.get('/', async (req, res) => {
  const ctx = await currentOrg(req);
  if (!ctx) return res.status(401).json({ error: 'Unauthorized' });
  // ok: unscoped-tenant-query
  const rows = await db.query.interviews.findMany({
    where: (t, { eq }) => eq(t.organizationId, ctx.orgId),
    orderBy: (t, { asc }) => asc(t.scheduledAt),
  });
  res.json(rows);
});

// ok: missing-auth
interviewsRouter.get('/:interviewId', async (req, res) => {
  const ctx = await currentOrg(req);
  if (!ctx) return res.status(401).json({ error: 'Unauthorized' });
  // ok: unscoped-tenant-query
  const row = await db.query.interviews.findFirst({
    where: (t, { and, eq }) => and(eq(t.id, req.params.interviewId), eq(t.organizationId, ctx.orgId)),
  });
  if (!row) return res.status(404).json({ error: 'Not found' });
  res.json(row);
});

const feedbackSchema = z.object({ feedback: z.string().min(1).max(10_000) });

// ok: missing-auth, missing-input-validation
interviewsRouter.put('/:interviewId/feedback', async (req, res) => {
  const ctx = await currentOrg(req);
  if (!ctx) return res.status(401).json({ error: 'Unauthorized' });
  const { feedback } = feedbackSchema.parse(req.body);
  // expect: unscoped-tenant-query
  const [row] = await db.query.interviews.findMany({ where: (t, { eq }) => eq(t.id, req.params.interviewId), limit: 1 });
  if (!row) return res.status(404).json({ error: 'Not found' });
  await db.update(interviews).set({ feedback }).where(eq(interviews.id, row.id));
  res.json({ ok: true });
});

// Only members whose org role grants interview:delete (better-auth access control).
// ok: missing-auth, missing-role-check
interviewsRouter.delete('/:interviewId', async (req, res) => {
  const ctx = await currentOrg(req);
  if (!ctx) return res.status(401).json({ error: 'Unauthorized' });
  const { success } = await auth.api.hasPermission({
    headers: fromNodeHeaders(req.headers),
    body: { permissions: { interview: ['delete'] } },
  });
  if (!success) return res.status(403).json({ error: 'Forbidden' });
  const row = await db.query.interviews.findFirst({ where: (t, { eq }) => eq(t.id, req.params.interviewId) });
  if (!row || row.organizationId !== ctx.orgId) return res.status(404).json({ error: 'Not found' });
  await db.delete(interviews).where(eq(interviews.id, row.id));
  res.status(204).end();
});

// ok: missing-auth
// expect: missing-rate-limit
interviewsRouter.post('/:interviewId/recording', recordingUpload.single('recording'), async (req, res) => {
  const ctx = await currentOrg(req);
  if (!ctx) return res.status(401).json({ error: 'Unauthorized' });
  // ok: unscoped-tenant-query
  await db
    .update(interviews)
    .set({ recordingKey: req.file!.filename })
    .where(and(eq(interviews.id, req.params.interviewId), eq(interviews.organizationId, ctx.orgId)))
    .returning();
  res.json({ ok: true });
});
