import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { verify } from 'hono/jwt';
import { prisma } from '../lib/db';
import { env } from '../lib/env';

type InterviewEnv = { Variables: { interviewerId: string; companyId: string } };

// Interviewers sign in to the scheduling widget with a short-lived token
const interviewerAuth = createMiddleware<InterviewEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  // expect: token-logging
  console.debug('interviewer auth header', header);
  const token = header.replace(/^Bearer /, '');
  try {
    const payload = await verify(token, env.JWT_SECRET, 'HS256');
    c.set('interviewerId', String(payload.sub));
    c.set('companyId', String(payload.companyId));
  } catch {
    return c.json({ error: 'Unauthorized' }, 401);
  }
  await next();
});

const interviews = new Hono<InterviewEnv>();

interviews.use('/slots/*', interviewerAuth);

interviews.get('/slots/mine', async (c) => {
  // ok: unscoped-tenant-query
  const apps = await prisma.application.findMany({ where: { companyId: c.get('companyId'), stage: 'interview' }, include: { candidate: { select: { fullName: true } } } });
  return c.json(apps);
});

// (the middleware is on /slots/*: this path is not covered)
// expect: missing-auth
interviews.post('/slot/:applicationId/confirm', async (c) => {
  try {
    await prisma.application.update({ where: { id: c.req.param('applicationId') }, data: { stage: 'interview' } });
    return c.json({ ok: true });
  } catch (err) {
    // expect: error-details-leak
    return c.text(String(err), 500);
  }
});

export default interviews;
