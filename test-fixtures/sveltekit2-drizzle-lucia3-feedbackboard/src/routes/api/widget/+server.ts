import { error, json } from '@sveltejs/kit';
import jwt from 'jsonwebtoken';
import { and, eq } from 'drizzle-orm';
import { generateIdFromEntropySize } from 'lucia';
import { z } from 'zod';
import { boards, db, posts } from '$lib/server/db';
import type { RequestHandler } from './$types';

const WidgetPost = z.object({ boardId: z.string(), title: z.string().min(3).max(140) });

function corsHeaders(request: Request) {
  return {
    // expect: cors-wildcard
    'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
    'Access-Control-Allow-Credentials': 'true',
  };
}

// ok: missing-auth
export const OPTIONS: RequestHandler = async ({ request }) => new Response(null, { headers: corsHeaders(request) });

// ok: missing-input-validation
// expect: missing-auth
export const POST: RequestHandler = async ({ request, url }) => {
  // expect: insecure-jwt
  const claims = jwt.decode(url.searchParams.get('sso') ?? '') as { sub: string; workspaceId: string } | null;
  if (!claims) error(401, 'Missing SSO token');
  const input = WidgetPost.parse(await request.json());
  // ok: unscoped-tenant-query
  const [board] = await db.select().from(boards).where(and(eq(boards.id, input.boardId), eq(boards.workspaceId, claims.workspaceId)));
  if (!board) error(404);
  await db.insert(posts).values({
    id: generateIdFromEntropySize(10),
    workspaceId: claims.workspaceId,
    boardId: board.id,
    authorId: claims.sub,
    title: input.title,
  });
  return json({ ok: true }, { headers: corsHeaders(request) });
};
