import { Elysia } from 'elysia';
import { Environment, EventName, Paddle } from '@paddle/paddle-node-sdk';
import { eq } from 'drizzle-orm';
import { db, episodes, workspaces } from '../db';
import { log } from '../lib/logger';

const paddle = new Paddle(process.env.PADDLE_API_KEY!, { environment: Environment.production });

export const webhookRoutes = new Elysia({ prefix: '/webhooks' })
  // ok: missing-auth, unverified-webhook
  .post('/paddle', async ({ request, headers, error }) => {
    const signature = headers['paddle-signature'] ?? '';
    const raw = await request.text();
    let event;
    try {
      event = await paddle.webhooks.unmarshal(raw, process.env.PADDLE_WEBHOOK_SECRET!, signature);
    } catch {
      return error(400, 'Invalid signature');
    }
    if (event.eventType === EventName.SubscriptionActivated || event.eventType === EventName.SubscriptionUpdated) {
      const data = event.data as { id: string; customData?: { workspaceId?: string } };
      if (data.customData?.workspaceId) {
        await db.update(workspaces).set({ plan: 'pro', paddleSubscriptionId: data.id }).where(eq(workspaces.id, data.customData.workspaceId));
      }
    }
    return { ok: true };
  })
  // Transcription provider calls back when a transcript is ready
  // expect: unverified-webhook
  .post('/transcription', async ({ body }) => {
    const payload = body as { reference: string; status: string; text?: string };
    log.info({ reference: payload.reference, status: payload.status }, 'transcript callback');
    if (payload.status === 'completed' && payload.text) {
      await db.update(episodes).set({ transcript: payload.text }).where(eq(episodes.id, payload.reference));
    }
    return { ok: true };
  });
