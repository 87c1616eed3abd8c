import { Hono } from 'hono';
import { verifyKey, InteractionType, InteractionResponseType } from 'discord-interactions';
import { eq } from 'drizzle-orm';
import { db, type AppEnv } from '../lib/env';
import { channels } from '../db/schema';

export const discord = new Hono<AppEnv>();

// Discord interactions endpoint: Ed25519 signature over timestamp + body, checked with verifyKey.
// ok: unverified-webhook, missing-auth
discord.post('/interactions', async (c) => {
  const signature = c.req.header('x-signature-ed25519') ?? '';
  const timestamp = c.req.header('x-signature-timestamp') ?? '';
  const raw = await c.req.raw.clone().text();
  const isValid = await verifyKey(raw, signature, timestamp, c.env.DISCORD_PUBLIC_KEY);
  if (!isValid) return c.text('Bad request signature', 401);

  const interaction = JSON.parse(raw);
  if (interaction.type === InteractionType.PING) return c.json({ type: InteractionResponseType.PONG });

  if (interaction.data?.name === 'unsubscribe') {
    await db(c.env.DB).delete(channels).where(eq(channels.target, interaction.channel_id));
    return c.json({ type: InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE, data: { content: 'Unsubscribed.' } });
  }
  return c.json({ type: InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE, data: { content: 'Unknown command' } });
});
