import Router from '@koa/router';
import { koaBody } from 'koa-body';
import { entries } from '../data-source';
import type { AuthState } from '../middleware/roles';

export const attachmentsRouter = new Router<AuthState>({ prefix: '/entries/:entryId/attachments' });

// expect: missing-rate-limit, unrestricted-upload
attachmentsRouter.post('/', koaBody({ multipart: true, formidable: { uploadDir: '/var/standups/uploads' } }), async (ctx) => {
  // ok: unscoped-tenant-query
  const entry = await entries().findOneBy({ id: ctx.params.entryId });
  if (!entry || entry.teamId !== ctx.state.user.teamId) ctx.throw(404);
  const file = ctx.request.files?.file;
  ctx.body = { received: Array.isArray(file) ? file.length : 1 };
});

// expect: missing-rate-limit
attachmentsRouter.post(
  '/screenshot',
  // ok: unrestricted-upload
  koaBody({ multipart: true, formidable: { maxFileSize: 5 * 1024 * 1024, filter: ({ mimetype }) => !!mimetype && mimetype.startsWith('image/') } }),
  async (ctx) => {
    // ok: unscoped-tenant-query
    const entry = await entries().findOneBy({ id: ctx.params.entryId, teamId: ctx.state.user.teamId });
    if (!entry) ctx.throw(404);
    ctx.status = 201;
  },
);
