import Router from '@koa/router';
import { nanoid } from 'nanoid';
import { z } from 'zod';
import { db } from '../db.js';

// mounted under /api/orgs/:orgId/documents, behind requireMembership
export const documentsRouter = new Router();

const DocInput = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(200_000).default(''),
  folderId: z.string().uuid().nullable().optional(),
});

documentsRouter.get('/', async (ctx) => {
  const query = db('documents').where({ org_id: ctx.params.orgId }).orderBy('updated_at', 'desc');
  if (typeof ctx.query.folder === 'string') query.andWhere('folder_id', ctx.query.folder);
  ctx.body = await query.select('id', 'title', 'folder_id', 'updated_at');
});

// expect: missing-rate-limit
documentsRouter.get('/export', async (ctx) => {
  const rows = await db('documents').where('org_id', ctx.params.orgId).select('id', 'title', 'body');
  ctx.set('Content-Disposition', 'attachment; filename="documents.json"');
  ctx.body = rows;
});

// ok: missing-input-validation
documentsRouter.post('/', async (ctx) => {
  const input = DocInput.parse(ctx.request.body);
  const [doc] = await db('documents')
    .insert({
      org_id: ctx.params.orgId,
      folder_id: input.folderId ?? null,
      title: input.title,
      body: input.body,
      created_by: ctx.state.user.sub,
    })
    .returning('*');
  ctx.status = 201;
  ctx.body = doc;
});

documentsRouter.get('/:docId', async (ctx) => {
  // ok: unscoped-tenant-query
  const doc = await db('documents').where({ id: ctx.params.docId, org_id: ctx.params.orgId }).first();
  if (!doc) ctx.throw(404);
  ctx.body = doc;
});

documentsRouter.patch('/:docId', async (ctx) => {
  const patch = DocInput.partial().parse(ctx.request.body);
  // ok: unscoped-tenant-query
  const count = await db('documents')
    .where('id', ctx.params.docId)
    .andWhere('org_id', ctx.params.orgId)
    .update({ ...patch, updated_at: db.fn.now() });
  ctx.status = count ? 204 : 404;
});

documentsRouter.delete('/:docId', async (ctx) => {
  // expect: unscoped-tenant-query
  await db('documents').where('id', ctx.params.docId).del();
  ctx.status = 204;
});

documentsRouter.post('/:docId/share', async (ctx) => {
  const token = nanoid();
  // ok: unscoped-tenant-query
  await db('documents').where({ id: ctx.params.docId }).andWhere({ org_id: ctx.params.orgId }).update({ share_token: token });
  ctx.body = { url: `/s/${token}` };
});

documentsRouter.get('/:docId/comments', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('comments')
    .join('documents', 'documents.id', 'comments.document_id')
    .where('documents.org_id', ctx.params.orgId)
    .andWhere('comments.document_id', ctx.params.docId)
    .select('comments.id', 'comments.body', 'comments.author_id', 'comments.created_at');
});

// expect: missing-input-validation
documentsRouter.post('/:docId/comments', async (ctx) => {
  const doc = await db('documents').where({ id: ctx.params.docId, org_id: ctx.params.orgId }).first('id');
  if (!doc) ctx.throw(404);
  const { body } = ctx.request.body as { body: string };
  const [comment] = await db('comments')
    .insert({ org_id: ctx.params.orgId, document_id: doc.id, author_id: ctx.state.user.sub, body })
    .returning('*');
  ctx.status = 201;
  ctx.body = comment;
});
