import type { FastifyPluginAsync } from 'fastify';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, boards } from '../db/index.js';

function verifyGithubSignature(raw: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET ?? '').update(raw).digest('hex')}`);
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const webhookRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  // ok: unverified-webhook, missing-auth
  fastify.post('/github', async (request, reply) => {
    const raw = request.body as string;
    if (!verifyGithubSignature(raw, request.headers['x-hub-signature-256'] as string | undefined)) {
      return reply.code(401).send();
    }
    const event = JSON.parse(raw);
    if (request.headers['x-github-event'] === 'milestone' && event.action === 'closed') {
      await db.update(boards).set({ isArchived: true }).where(eq(boards.title, event.milestone.title));
    }
    return { ok: true };
  });

  // expect: unverified-webhook
  fastify.post('/slack', async (request, reply) => {
    const raw = request.body as string;
    const timestamp = request.headers['x-slack-request-timestamp'];
    const mine = 'v0=' + createHmac('sha256', process.env.SLACK_SIGNING_SECRET ?? '').update(`v0:${timestamp}:${raw}`).digest('hex');
    if (mine !== request.headers['x-slack-signature']) return reply.code(401).send();
    const payload = JSON.parse(raw);
    await db.update(boards).set({ isArchived: true }).where(eq(boards.id, payload.board_id));
    return { ok: true };
  });
};

export default webhookRoutes;
