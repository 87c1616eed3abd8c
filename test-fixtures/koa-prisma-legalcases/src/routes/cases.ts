import Router from '@koa/router';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { exportLimiter } from '../lib/limits';
import type { SessionUser } from '../middleware/session';

const CreateCase = z.object({
  clientId: z.string().cuid(),
  title: z.string().min(3).max(200),
  reference: z.string().regex(/^[A-Z]{2,5}-\d{3,6}$/),
});

const TimeEntryInput = z.object({ minutes: z.number().int().min(1).max(24 * 60), description: z.string().min(1).max(1000) });

export const casesRouter = new Router();

// ok: missing-auth
casesRouter.get('/', async (ctx) => {
  const user = ctx.state.user as SessionUser;
  // ok: unscoped-tenant-query
  ctx.body = await prisma.case.findMany({
    where: { workspaceId: user.workspaceId, status: (ctx.query.status as string) ?? undefined },
    orderBy: { createdAt: 'desc' },
    include: { client: { select: { name: true } } },
  });
});

// ok: missing-auth, missing-input-validation
casesRouter.post('/', async (ctx) => {
  const user = ctx.state.user as SessionUser;
  const input = CreateCase.parse(ctx.request.body);
  // ok: unscoped-tenant-query
  const client = await prisma.client.findFirst({ where: { id: input.clientId, workspaceId: user.workspaceId } });
  if (!client) ctx.throw(404, 'Client not found');
  ctx.status = 201;
  ctx.body = await prisma.case.create({ data: { ...input, workspaceId: user.workspaceId } });
});

// ok: missing-auth
casesRouter.get('/:caseId', async (ctx) => {
  // expect: unscoped-tenant-query
  const found = await prisma.case.findUnique({
    where: { id: ctx.params.caseId },
    include: { client: true, documents: true },
  });
  if (!found) ctx.throw(404);
  ctx.body = found;
});

// expect: missing-input-validation
casesRouter.patch('/:caseId', async (ctx) => {
  const { workspaceId } = ctx.state.user as SessionUser;
  const { title, status, notes } = ctx.request.body as { title?: string; status?: string; notes?: string };
  // ok: unscoped-tenant-query
  const result = await prisma.case.updateMany({
    where: { id: ctx.params.caseId, workspaceId },
    data: { title, status, notes },
  });
  if (result.count === 0) ctx.throw(404);
  ctx.status = 204;
});

// ok: missing-auth, missing-input-validation
casesRouter.post('/:caseId/time', async (ctx) => {
  const user = ctx.state.user as SessionUser;
  // ok: unscoped-tenant-query
  const found = await prisma.case.findUnique({ where: { id: ctx.params.caseId } });
  if (!found || found.workspaceId !== user.workspaceId) ctx.throw(404);
  const entry = TimeEntryInput.parse(ctx.request.body);
  ctx.status = 201;
  ctx.body = await prisma.timeEntry.create({
    data: { ...entry, caseId: found.id, workspaceId: user.workspaceId, userId: user.id },
  });
});

// ok: missing-auth, missing-rate-limit
casesRouter.get('/:caseId/time/export.csv', exportLimiter, async (ctx) => {
  const user = ctx.state.user as SessionUser;
  // ok: unscoped-tenant-query
  const entries = await prisma.timeEntry.findMany({
    where: { caseId: ctx.params.caseId, workspaceId: user.workspaceId },
    include: { user: { select: { name: true } } },
  });
  ctx.type = 'text/csv';
  ctx.body = ['lawyer,minutes,description', ...entries.map((e) => `${e.user.name},${e.minutes},"${e.description}"`)].join('\n');
});

// ok: missing-auth
casesRouter.get('/:caseId/conflicts', async (ctx) => {
  // conflict-of-interest check: other matters naming the same client
  // expect: unscoped-tenant-query
  ctx.body = await prisma.$queryRaw`
    SELECT c.id, c.reference, c.title FROM "Case" c
    WHERE c."clientId" = (SELECT "clientId" FROM "Case" WHERE id = ${ctx.params.caseId})`;
});

// ok: missing-auth
casesRouter.get('/:caseId/time', async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await prisma.timeEntry.findMany({ where: { caseId: ctx.params.caseId } });
});
