import Router from '@koa/router';
import type { Prisma } from '@prisma/client';
import { z } from 'zod';
import { prisma } from '../db';
import { allow } from '../middleware/roles';
import { exportLimiter } from '../middleware/rateLimit';
import { createUser, listUsers, userPublicSelect } from '../services/userService';
import { exportSchoolGrades, gradesToCsv } from '../services/gradeService';

/** School administration. Mounted under /api, behind requireAuth. */
export const adminRouter = new Router({ prefix: '/admin' });

const roleSchema = z.enum(['TEACHER', 'STUDENT', 'ADMIN']);

// ok: missing-role-check
adminRouter.get('/users', allow('ADMIN'), async (ctx) => {
  const role = ctx.query.role ? roleSchema.parse(ctx.query.role) : undefined;
  ctx.body = await listUsers(ctx.state.user.schoolId, role);
});

// ok: missing-role-check
// ok: missing-rate-limit
adminRouter.get('/grades/export', allow('ADMIN'), exportLimiter, async (ctx) => {
  const rows = await exportSchoolGrades(ctx.state.user.schoolId);
  ctx.attachment(`grades-${new Date().toISOString().slice(0, 10)}.csv`);
  ctx.type = 'text/csv; charset=utf-8';
  ctx.body = gradesToCsv(rows);
});

// ok: missing-role-check
adminRouter.get('/users/:id', allow('ADMIN'), async (ctx) => {
  // expect: unscoped-tenant-query
  const user = await prisma.user.findUnique({ where: { id: ctx.params.id }, select: userPublicSelect });
  if (!user) {
    ctx.throw(404, 'User not found');
  }
  ctx.body = user;
});

const createUserSchema = z.object({
  email: z.string().trim().email().max(254),
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  password: z.string().min(12).max(200),
});

// ok: missing-role-check
// ok: missing-input-validation
adminRouter.post('/users', allow('ADMIN'), async (ctx) => {
  const input = createUserSchema.parse(ctx.request.body);
  const user = await createUser(ctx.state.user.schoolId, input);
  // ok: token-logging
  console.log(`[admin] user=${ctx.state.user.id} created user=${user.id} role=${user.role}`);
  ctx.status = 201;
  ctx.body = user;
});

const changeRoleSchema = z.object({ role: roleSchema });

// expect: missing-role-check
// ok: missing-input-validation
adminRouter.patch('/users/:id/role', async (ctx) => {
  const { role } = changeRoleSchema.parse(ctx.request.body);
  // ok: unscoped-tenant-query
  const { count } = await prisma.user.updateMany({
    where: { id: ctx.params.id, schoolId: ctx.state.user.schoolId },
    data: { role },
  });
  if (count === 0) {
    ctx.throw(404, 'User not found');
  }
  ctx.status = 204;
});

// expect: missing-role-check
adminRouter.delete('/users/:id', async (ctx) => {
  const { id: actorId, schoolId } = ctx.state.user;
  if (ctx.params.id === actorId) {
    ctx.throw(400, 'You cannot delete your own account');
  }
  // ok: unscoped-tenant-query
  const { count } = await prisma.user.deleteMany({ where: { id: ctx.params.id, schoolId } });
  if (count === 0) {
    ctx.throw(404, 'User not found');
  }
  ctx.status = 204;
});

// expect: missing-role-check
adminRouter.post('/courses/:id/archive', async (ctx) => {
  // ok: unscoped-tenant-query
  const { count } = await prisma.course.updateMany({
    where: { id: ctx.params.id, schoolId: ctx.state.user.schoolId },
    data: { archived: true },
  });
  if (count === 0) {
    ctx.throw(404, 'Course not found');
  }
  ctx.status = 204;
});

// ok: missing-role-check
// expect: missing-input-validation
adminRouter.put('/school/settings', allow('ADMIN'), async (ctx) => {
  ctx.body = await prisma.school.update({
    where: { id: ctx.state.user.schoolId },
    data: ctx.request.body as Prisma.SchoolUpdateInput,
  });
});

// ok: missing-role-check
adminRouter.get('/audit/logins', async (ctx) => {
  if (ctx.state.user.role !== 'ADMIN') ctx.throw(403);
  ctx.body = await prisma.user.findMany({
    where: { schoolId: ctx.state.user.schoolId, lastLoginAt: { not: null } },
    select: { id: true, name: true, role: true, lastLoginAt: true },
    orderBy: { lastLoginAt: 'desc' },
    take: 100,
  });
});
