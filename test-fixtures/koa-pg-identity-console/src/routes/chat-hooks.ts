import Router from '@koa/router';
import crypto from 'node:crypto';
import { pool } from '../db.js';
import { logger } from '../logger.js';
import { env } from '../env.js';
import { safeEqual } from '../crypto-utils.js';

/** Events from the chat integration: link unfurls and slash commands, RPC-style names. */
export const chatHooksRouter = new Router({ prefix: '/integrations' });

function assertChatToken(token: unknown) {
  const expected = process.env.CHAT_VERIFICATION_TOKEN;
  if (!expected || typeof token !== 'string') throw Object.assign(new Error('Invalid token'), { status: 401 });
  const a = Buffer.from(expected);
  const b = Buffer.from(token);
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) throw Object.assign(new Error('Invalid token'), { status: 401 });
}

// ok: missing-auth, unverified-webhook
chatHooksRouter.post('/hooks.unfurl', async (ctx) => {
  const { token, workspace_id, event } = ctx.request.body as { token: string; workspace_id: string; event: { user: string; links: { url: string }[] } };
  assertChatToken(token);
  // The chat workspace posting the event says which tenant it is linked to.
  // ok: unscoped-tenant-query
  const { rows } = await pool.query('select tenant_id, user_id from chat_links where workspace_id = $1 and chat_user = $2', [workspace_id, event.user]);
  if (!rows[0]) return void (ctx.status = 200);
  logger.info({ workspace: workspace_id, links: event.links.length }, 'unfurl');
  ctx.body = { unfurls: {} };
});

function verifyMailEventsToken(token: string) {
  if (!env.MAIL_EVENTS_TOKEN || !safeEqual(env.MAIL_EVENTS_TOKEN, token)) {
    throw Object.assign(new Error('Invalid token'), { status: 401 });
  }
}

// The mail provider reports delivered invitations, with the token it shares with us.
// ok: missing-auth, unverified-webhook, missing-rate-limit
chatHooksRouter.post('/invites/webhook', async (ctx) => {
  const { token, invite_id } = ctx.request.body as { token: string; invite_id: string };
  verifyMailEventsToken(token);
  // ok: unscoped-tenant-query
  await pool.query('update tenant_invites set delivered_at = now() where id = $1', [invite_id]);
  ctx.status = 204;
});
