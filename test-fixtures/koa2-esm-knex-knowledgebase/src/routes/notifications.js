import Router from '@koa/router';
import { db } from '../db.js';
import { requireAuth } from '../middleware/auth.js';

const router = new Router();
router.use(requireAuth);

// ok: missing-auth
router.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('comments')
    .join('articles', 'articles.id', 'comments.article_id')
    .where('articles.author_id', ctx.state.user.id)
    .andWhere('comments.account_id', ctx.state.user.accountId)
    .select('comments.id', 'comments.body', 'articles.title')
    .limit(50);
});

// ok: missing-auth
router.get('/unread-count', async (ctx) => {
  // ok: unscoped-tenant-query
  const [{ n }] = await db('comments').where({ account_id: ctx.state.user.accountId, internal: false }).count('id as n');
  ctx.body = { unread: Number(n) };
});

export default router;

export const githubHooks = new Router({ prefix: '/github' });

// expect: unverified-webhook
githubHooks.post('/events', async (ctx) => {
  if (ctx.get('x-github-event') === 'push') {
    for (const commit of ctx.request.body.commits ?? []) {
      await db('articles').where({ id: Number(commit.message.match(/kb#(\d+)/)?.[1] ?? 0) }).update({ updated_at: db.fn.now() });
    }
  }
  ctx.status = 202;
});
