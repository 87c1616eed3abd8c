import Router from '@koa/router';
import { koaBody } from 'koa-body';
import path from 'node:path';
import { db } from '../db.js';
import { config } from '../config.js';
import { uploadLimiter } from '../middleware/limits.js';

const router = new Router();

const ALLOWED_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'application/pdf']);

// ok: missing-auth, missing-rate-limit
router.post(
  '/articles/:articleId/attachments',
  uploadLimiter,
  // ok: unrestricted-upload
  koaBody({
    multipart: true,
    formidable: {
      uploadDir: config.uploadDir,
      maxFileSize: 10 * 1024 * 1024,
      filter: ({ mimetype }) => ALLOWED_TYPES.has(mimetype ?? ''),
    },
  }),
  async (ctx) => {
    // ok: unscoped-tenant-query
    const article = await db('articles').where({ id: ctx.params.articleId, account_id: ctx.state.user.accountId }).first();
    if (!article) ctx.throw(404);
    const file = ctx.request.files?.file;
    if (!file || Array.isArray(file)) ctx.throw(400, 'Exactly one file expected');
    const [row] = await db('attachments')
      .insert({ account_id: article.account_id, article_id: article.id, path: path.basename(file.filepath), size_bytes: file.size })
      .returning('*');
    ctx.status = 201;
    ctx.body = row;
  },
);

// expect: missing-rate-limit
router.post(
  '/imports/markdown',
  // expect: unrestricted-upload
  koaBody({ multipart: true, formidable: { uploadDir: config.uploadDir, keepExtensions: true } }),
  async (ctx) => {
    const file = ctx.request.files?.bundle;
    if (!file) ctx.throw(400, 'bundle missing');
    ctx.status = 202;
    ctx.body = { queued: true, file: path.basename(file.filepath) };
  },
);

router.delete('/attachments/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const deleted = await db('attachments').where('id', ctx.params.id).del();
  ctx.status = deleted ? 204 : 404;
});

export default router;
