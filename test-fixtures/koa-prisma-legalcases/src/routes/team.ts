import Router from '@koa/router';
import multer from '@koa/multer';
import { createHash, randomBytes } from 'crypto';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { authLimiter } from '../lib/limits';
import { requireRole, type SessionUser } from '../middleware/session';
import { sendMail } from '../lib/mailer';

const InviteInput = z.object({ email: z.string().email(), role: z.enum(['ASSOCIATE', 'PARALEGAL']) });

// expect: unrestricted-upload
const avatarUpload = multer({ storage: multer.memoryStorage() });

export const teamRouter = new Router();

// expect: missing-rate-limit
teamRouter.put('/me/avatar', avatarUpload.single('avatar'), async (ctx) => {
  const { id } = ctx.state.user as SessionUser;
  const file = ctx.file;
  if (!file) ctx.throw(400, 'avatar required');
  try {
    await fetch(`${process.env.AVATAR_SERVICE_URL}/avatars/${id}`, { method: 'PUT', body: file.buffer });
    ctx.status = 204;
  } catch (err) {
    ctx.status = 502;
    // expect: error-details-leak
    ctx.body = { error: err };
  }
});

// ok: missing-auth, unscoped-tenant-query
teamRouter.get('/', async (ctx) => {
  const { workspaceId } = ctx.state.user as SessionUser;
  ctx.body = await prisma.user.findMany({ where: { workspaceId }, select: { id: true, name: true, email: true, role: true } });
});

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-role-check
teamRouter.post('/invites', authLimiter, requireRole('PARTNER'), async (ctx) => {
  const user = ctx.state.user as SessionUser;
  const input = InviteInput.parse(ctx.request.body);
  const token = randomBytes(24).toString('base64url');
  await prisma.invite.create({
    data: {
      workspaceId: user.workspaceId,
      email: input.email,
      role: input.role,
      tokenHash: createHash('sha256').update(token).digest('hex'),
      expiresAt: new Date(Date.now() + 7 * 24 * 3600_000),
    },
  });
  await sendMail(input.email, 'You have been invited to LexCase', `https://app.lexcase.io/invite?token=${token}`);
  ctx.status = 201;
});

// expect: missing-role-check
teamRouter.delete('/members/:userId', async (ctx) => {
  const { workspaceId } = ctx.state.user as SessionUser;
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: ctx.params.userId, workspaceId } });
  ctx.status = 204;
});

// ok: missing-auth, missing-role-check, missing-input-validation
teamRouter.put('/members/:userId/role', requireRole('PARTNER'), async (ctx) => {
  const { workspaceId } = ctx.state.user as SessionUser;
  const { role } = z.object({ role: z.enum(['PARTNER', 'ASSOCIATE', 'PARALEGAL']) }).parse(ctx.request.body);
  // ok: unscoped-tenant-query
  const res = await prisma.user.updateMany({ where: { id: ctx.params.userId, workspaceId }, data: { role } });
  ctx.status = res.count ? 204 : 404;
});

export const adminRouter = new Router();
adminRouter.use(requireRole('PARTNER'));

// ok: missing-auth, missing-role-check
adminRouter.get('/audit/workspace', async (ctx) => {
  const { workspaceId } = ctx.state.user as SessionUser;
  // ok: unscoped-tenant-query
  const [cases, members, unbilled] = await Promise.all([
    prisma.case.count({ where: { workspaceId } }),
    prisma.user.count({ where: { workspaceId } }),
    prisma.timeEntry.aggregate({ where: { workspaceId, billedAt: null }, _sum: { minutes: true } }),
  ]);
  ctx.body = { cases, members, unbilledMinutes: unbilled._sum.minutes ?? 0 };
});

// ok: missing-auth, missing-role-check
adminRouter.post('/time/mark-billed', async (ctx) => {
  const { workspaceId } = ctx.state.user as SessionUser;
  try {
    // ok: unscoped-tenant-query
    const res = await prisma.timeEntry.updateMany({ where: { workspaceId, billedAt: null }, data: { billedAt: new Date() } });
    ctx.body = { billed: res.count };
  } catch (e) {
    ctx.status = 500;
    // expect: error-details-leak
    ctx.body = { error: 'Billing run failed', reason: (e as Error).message };
  }
});
