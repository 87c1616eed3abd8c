import { Hono } from 'hono';
import { Webhooks } from '@octokit/webhooks';
import { createHmac } from 'node:crypto';
import { prisma } from '../lib/db';

const github = new Webhooks({ secret: process.env.GITHUB_WEBHOOK_SECRET! });

export const webhooks = new Hono();

// ok: unverified-webhook, missing-auth
webhooks.post('/github', async (c) => {
  const raw = await c.req.text();
  const signature = c.req.header('x-hub-signature-256') ?? '';
  if (!(await github.verify(raw, signature))) return c.text('bad signature', 401);
  const event = JSON.parse(raw);
  if (c.req.header('x-github-event') === 'issues' && event.action === 'closed') {
    await prisma.report.updateMany({ where: { issueUrl: event.issue.html_url }, data: { status: 'resolved' } });
  }
  return c.text('ok');
});

// expect: unverified-webhook
webhooks.post('/github/issue-comments', async (c) => {
  const raw = await c.req.text();
  const expected = 'sha256=' + createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET!).update(raw).digest('hex');
  if (c.req.header('x-hub-signature-256') !== expected) return c.text('bad signature', 401);
  const event = JSON.parse(raw);
  await prisma.report.updateMany({ where: { issueUrl: event.issue.html_url }, data: { status: 'discussing' } });
  return c.text('ok');
});

// expect: unverified-webhook
// ok: missing-auth
webhooks.post('/github/deployments', async (c) => {
  const event = await c.req.json();
  if (c.req.header('x-github-event') === 'deployment_status' && event.deployment_status.state === 'success') {
    await prisma.report.updateMany({ where: { issueUrl: event.deployment.payload.issueUrl }, data: { status: 'deployed' } });
  }
  return c.text('ok');
});
