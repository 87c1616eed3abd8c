import { Hono } from 'hono';
import { Webhooks } from '@octokit/webhooks';
import { db, type AppEnv } from '../lib/env';
import { notifications } from '../db/schema';

export const github = new Hono<AppEnv>();

// GitHub App deliveries: verifyAndReceive checks x-hub-signature-256 before any handler runs.
// ok: unverified-webhook, missing-auth
github.post('/', async (c) => {
  const gh = new Webhooks({ secret: c.env.GITHUB_WEBHOOK_SECRET });
  gh.on('issues.opened', async ({ payload }) => {
    await db(c.env.DB).insert(notifications).values({ source: 'github', title: payload.issue.title, body: payload.issue.html_url, createdAt: new Date() });
  });
  try {
    await gh.verifyAndReceive({
      id: c.req.header('x-github-delivery') ?? '',
      name: c.req.header('x-github-event') as any,
      signature: c.req.header('x-hub-signature-256') ?? '',
      payload: await c.req.text(),
    });
  } catch {
    return c.text('invalid signature', 401);
  }
  return c.body(null, 202);
});
