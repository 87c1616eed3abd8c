import Router from '@koa/router';
import { prisma } from '../db';
import { verifySisSignature } from '../lib/webhookSignature';

/** Deliveries from the district's systems; mounted before requireAuth (they sign, they do not log in). */
export const webhooksRouter = new Router({ prefix: '/webhooks' });

// ok: unverified-webhook
// ok: missing-auth
webhooksRouter.post('/sis/enrollments', async (ctx) => {
  verifySisSignature(ctx);
  const { studentId, courseId, status } = ctx.request.body as { studentId: string; courseId: string; status: string };
  await prisma.enrollment.updateMany({ where: { studentId, courseId }, data: { status } });
  ctx.status = 204;
});

// The LMS integration was wired up in a hurry: nothing checks who is calling.
// expect: unverified-webhook
// ok: missing-auth
webhooksRouter.post('/lms/grades', async (ctx) => {
  const { enrollmentId, score } = ctx.request.body as { enrollmentId: string; score: number };
  await prisma.grade.create({ data: { enrollmentId, score } });
  ctx.status = 202;
});
