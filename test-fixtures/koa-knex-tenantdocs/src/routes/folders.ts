import Router from '@koa/router';
import { db } from '../db.js';
import { assertMember } from '../lib/access.js';

// folder links are shared by id across the app, so these live outside /orgs/:orgId
export const foldersRouter = new Router({ prefix: '/folders' });

foldersRouter.get('/:folderId', async (ctx) => {
  // ok: unscoped-tenant-query
  const folder = await db('folders').where('id', ctx.params.folderId).first();
  if (!folder) ctx.throw(404);
  await assertMember(ctx, folder.org_id);
  ctx.body = folder;
});

foldersRouter.get('/:folderId/documents', async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await db('documents')
    .where('folder_id', ctx.params.folderId)
    .select('id', 'title', 'updated_at');
});

foldersRouter.delete('/:folderId', async (ctx) => {
  const folder = await db('folders').where('id', ctx.params.folderId).first();
  if (!folder) ctx.throw(404);
  const membership = await assertMember(ctx, folder.org_id);
  if (membership.role === 'member') ctx.throw(403);
  // ok: unscoped-tenant-query
  await db('folders').where('id', folder.id).del();
  ctx.status = 204;
});
