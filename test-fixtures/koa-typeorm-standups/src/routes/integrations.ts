import Router from '@koa/router';
import crypto from 'node:crypto';
import passport from 'koa-passport';
import { users, teams, standups, entries } from '../data-source';
import { config } from '../lib/config';
import { logger } from '../lib/logger';

// Called by Slack and GitHub: no user JWT (excluded from koa-jwt in app.ts).
export const integrationsRouter = new Router({ prefix: '/integrations' });

function verifySlack(rawBody: string, timestamp: string, signature: string) {
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = 'v0=' + crypto.createHmac('sha256', config.slackSigningSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(signature ?? '');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

// Slack Events API (app_mention, message.im): "standup" DMs become entries.
// ok: unverified-webhook, missing-auth
integrationsRouter.post('/slack/events', async (ctx) => {
  const raw = ctx.request.rawBody;
  if (!verifySlack(raw, ctx.get('x-slack-request-timestamp'), ctx.get('x-slack-signature'))) {
    ctx.throw(401, 'bad signature');
  }
  const payload = ctx.request.body as { type: string; challenge?: string; team_id: string; event?: { user: string; text: string } };
  if (payload.type === 'url_verification') {
    ctx.body = { challenge: payload.challenge };
    return;
  }
  const team = await teams().findOneBy({ slackTeamId: payload.team_id });
  const author = payload.event ? await users().findOneBy({ slackUserId: payload.event.user, teamId: team?.id }) : null;
  if (team && author && payload.event) {
    const today = await standups().findOneBy({ teamId: team.id, day: new Date().toISOString().slice(0, 10) });
    if (today) {
      await entries().save(
        entries().create({ standupId: today.id, teamId: team.id, authorId: author.id, yesterday: '', today: payload.event.text }),
      );
    }
  }
  ctx.body = { ok: true };
});

// Slash command: /standup skip
// expect: unverified-webhook
integrationsRouter.post('/slack/commands', async (ctx) => {
  const signature = ctx.get('x-slack-signature');
  const timestamp = ctx.get('x-slack-request-timestamp');
  const expected = 'v0=' + crypto.createHmac('sha256', config.slackSigningSecret).update(`v0:${timestamp}:${ctx.request.rawBody}`).digest('hex');
  if (signature !== expected) ctx.throw(401, 'bad signature');
  const { team_id, user_id, text } = ctx.request.body as { team_id: string; user_id: string; text: string };
  const team = await teams().findOneBy({ slackTeamId: team_id });
  if (!team) ctx.throw(404);
  await users().update({ slackUserId: user_id, teamId: team.id }, { displayName: text.slice(0, 40) || undefined });
  ctx.body = { response_type: 'ephemeral', text: 'Noted.' };
});

// GitHub App: pull_request events link PRs to today's entries.
// ok: unverified-webhook, missing-auth
integrationsRouter.post('/github/webhook', async (ctx) => {
  const signature = ctx.get('x-hub-signature-256');
  const digest = 'sha256=' + crypto.createHmac('sha256', config.githubWebhookSecret).update(ctx.request.rawBody).digest('hex');
  if (!signature || signature.length !== digest.length || !crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(digest))) {
    // ok: token-logging
    logger.warn('github signature mismatch', { delivery: ctx.get('x-github-delivery') });
    ctx.throw(401);
  }
  const event = ctx.get('x-github-event');
  const body = ctx.request.body as { action: string; organization?: { login: string }; pull_request?: { html_url: string; user: { login: string } } };
  if (event === 'pull_request' && body.action === 'opened' && body.organization) {
    const team = await teams().findOneBy({ githubOrg: body.organization.login });
    if (team) logger.info('PR opened', { team: team.id, pr: body.pull_request?.html_url });
  }
  ctx.status = 202;
});

// Team settings for the integrations page (this router is outside koa-jwt: passport checks the token here).
// ok: missing-auth
integrationsRouter.get('/settings', passport.authenticate('jwt', { session: false }), async (ctx) => {
  const user = ctx.state.user as { teamId: string };
  // ok: unscoped-tenant-query
  const team = await teams().findOneBy({ id: user.teamId });
  ctx.body = { slackConnected: Boolean(team?.slackTeamId), githubOrg: team?.githubOrg ?? null };
});

// Links a GitHub organization to a team (called from the settings page).
// expect: missing-auth, missing-input-validation
integrationsRouter.post('/github/link', async (ctx) => {
  const { teamId, org } = ctx.request.body as { teamId: string; org: string };
  await teams().update({ id: teamId }, { githubOrg: org });
  ctx.status = 204;
});
