import { Elysia } from 'elysia';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { cards, db, workspaces } from '../db';

function validGithubSignature(raw: string, header: string | undefined) {
  if (!header) return false;
  const expected = 'sha256=' + createHmac('sha256', Bun.env.GITHUB_WEBHOOK_SECRET!).update(raw).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const webhookRoutes = new Elysia({ name: 'webhooks', prefix: '/webhooks' })
  // ok: unverified-webhook, missing-auth
  .post('/github', async ({ request, headers, set }) => {
    const raw = await request.text();
    if (!validGithubSignature(raw, headers['x-hub-signature-256'])) {
      set.status = 401;
      return { error: 'bad signature' };
    }
    const event = JSON.parse(raw);
    if (headers['x-github-event'] === 'installation' && event.action === 'deleted') {
      await db.update(workspaces).set({ githubInstallationId: null }).where(eq(workspaces.githubInstallationId, String(event.installation.id)));
    }
    return { ok: true };
  })
  // expect: unverified-webhook
  .post('/linear', async ({ request, headers, set }) => {
    const raw = await request.text();
    const digest = createHmac('sha256', Bun.env.LINEAR_WEBHOOK_SECRET!).update(raw).digest('hex');
    if (digest !== headers['linear-signature']) {
      set.status = 401;
      return { error: 'bad signature' };
    }
    const payload = JSON.parse(raw);
    if (payload.type === 'Issue' && payload.action === 'update') {
      await db.update(cards).set({ title: payload.data.title }).where(eq(cards.externalRef, payload.data.id));
    }
    return { ok: true };
  });
