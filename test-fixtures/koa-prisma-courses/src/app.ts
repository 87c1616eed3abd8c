import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import cors from '@koa/cors';
import { Prisma } from '@prisma/client';
import { ZodError } from 'zod';
import { requireAuth } from './middleware/auth';
import { publicRouter } from './routes/public';
import { reportsRouter } from './routes/reports';
import { coursesRouter } from './routes/courses';
import { gradesRouter } from './routes/grades';
import { enrollmentsRouter } from './routes/enrollments';
import { adminRouter } from './routes/admin';
import { webhooksRouter } from './routes/webhooks';

export const app = new Koa();

// Behind the load balancer: trust X-Forwarded-For so ctx.ip (used by the rate limiters) is the client.
app.proxy = process.env.TRUST_PROXY === 'true';

// 1. Error handling first so it wraps everything below.
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    if (err instanceof ZodError) {
      ctx.status = 400;
      ctx.body = { error: 'ValidationError', issues: err.issues };
      return;
    }
    if (err instanceof Prisma.PrismaClientKnownRequestError) {
      if (err.code === 'P2002') {
        ctx.status = 409;
        ctx.body = { error: 'Conflict' };
        return;
      }
      if (err.code === 'P2025') {
        ctx.status = 404;
        ctx.body = { error: 'Not found' };
        return;
      }
    }
    const httpErr = err as { status?: number; expose?: boolean; message?: string };
    ctx.status = typeof httpErr.status === 'number' ? httpErr.status : 500;
    ctx.body = { error: httpErr.expose ? httpErr.message : 'Internal Server Error' };
    if (ctx.status >= 500) ctx.app.emit('error', err, ctx);
  }
});

// 2. CORS and body parsing.
app.use(
  cors({
    origin: process.env.CORS_ORIGIN ?? 'http://localhost:5173',
    allowHeaders: ['Authorization', 'Content-Type'],
  }),
);
app.use(bodyParser({ enableTypes: ['json'], jsonLimit: '1mb' }));

// 3. Anonymous endpoints (health, login, password reset) and the reports router,
//    which applies requireAuth on its own routes.
app.use(publicRouter.routes()).use(publicRouter.allowedMethods());
app.use(reportsRouter.routes()).use(reportsRouter.allowedMethods());
app.use(webhooksRouter.routes()).use(webhooksRouter.allowedMethods());

// 4. Everything below requires a valid bearer token.
app.use(requireAuth);

const api = new Router({ prefix: '/api' });
api.use('/courses', coursesRouter.routes(), coursesRouter.allowedMethods());
api.use('/courses/:courseId/grades', gradesRouter.routes(), gradesRouter.allowedMethods());
api.use(enrollmentsRouter.routes(), enrollmentsRouter.allowedMethods());
api.use(adminRouter.routes(), adminRouter.allowedMethods());

app.use(api.routes()).use(api.allowedMethods());

app.on('error', (err: Error, ctx?: Koa.Context) => {
  console.error(`[app] ${ctx ? `${ctx.method} ${ctx.path}` : 'background'}:`, err);
});

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3000);
  app.listen(port, () => {
    // ok: token-logging
    console.log(`courses-api listening on :${port}`);
  });
}
