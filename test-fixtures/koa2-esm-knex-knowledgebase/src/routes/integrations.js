import Router from '@koa/router';
import jwt from 'koa-jwt';
import { koaBody } from 'koa-body';
import { db } from '../db.js';
import { config } from '../config.js';

export const integrations = new Router();
integrations.use(jwt({ secret: process.env.INTEGRATION_JWT_SECRET, algorithms: ['HS256'], key: 'integration' }));

// ok: missing-auth
integrations.get('/articles', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('articles').where({ account_id: ctx.state.integration.acc, status: 'published' }).select('id', 'title');
});

// ok: missing-auth
// expect: missing-rate-limit
integrations.post(
  '/articles/import',
  // expect: unrestricted-upload
  koaBody({ multipart: true, formidable: { uploadDir: config.uploadDir, maxFileSize: 5 * 1024 * 1024 } }),
  async (ctx) => {
    ctx.status = 202;
    ctx.body = { received: Object.keys(ctx.request.files ?? {}).length };
  },
);

export const embed = new Router();
embed.use(jwt({ secret: process.env.EMBED_JWT_SECRET, algorithms: ['HS256'], passthrough: true }));

// expect: missing-auth
embed.get('/articles/:id/comments', async (ctx) => {
  ctx.body = await db('comments').where({ article_id: ctx.params.id, internal: false }).select('id', 'body');
});
