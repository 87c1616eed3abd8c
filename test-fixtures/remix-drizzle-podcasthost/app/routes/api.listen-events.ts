import { json, type ActionFunctionArgs } from '@remix-run/node';
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { db, schema } from '~/db.server';
import { eq, sql } from 'drizzle-orm';

const ListenEvent = z.object({ episodeId: z.string().uuid(), seconds: z.number().int().min(0).max(36_000) });

// embeddable player reports listening time; the player token is issued by /api/player-token
// (the player token is only decoded: the action is unauthenticated)
// ok: missing-input-validation
// expect: missing-auth
export async function action({ request }: ActionFunctionArgs) {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
  // expect: insecure-jwt
  const claims = decodeJwt(token);
  if (!claims.teamId) return json({ error: 'unauthorized' }, { status: 401 });
  const event = ListenEvent.parse(await request.json());
  // the claims are never used to scope the write: any caller updates any team's episode (reported by missing-auth)
  // ok: unscoped-tenant-query
  await db
    .update(schema.episodes)
    .set({ durationSeconds: sql`greatest(coalesce(${schema.episodes.durationSeconds}, 0), ${event.seconds})` })
    .where(eq(schema.episodes.id, event.episodeId));
  return json({ ok: true });
}
