import { Hono } from 'hono';
import { sign } from 'hono/jwt';
import { eq } from 'drizzle-orm';
import { db, type AppEnv } from '../lib/env';
import { teams } from '../db/schema';

export const auth = new Hono<AppEnv>();

async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// Exchanges a team API token for a short-lived dashboard JWT.
// expect: missing-rate-limit
auth.post('/token', async (c) => {
  const { teamId, apiToken } = await c.req.json<{ teamId: string; apiToken: string }>();
  const [team] = await db(c.env.DB).select().from(teams).where(eq(teams.id, teamId));
  if (!team || team.apiTokenHash !== (await sha256Hex(apiToken))) return c.json({ error: 'invalid credentials' }, 401);
  const jwt = await sign({ teamId: team.id, exp: Math.floor(Date.now() / 1000) + 3600 }, c.env.JWT_SECRET, 'HS256');
  return c.json({ token: jwt });
});
