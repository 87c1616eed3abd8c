import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { authenticateApiKey, readApiKey } from '@/lib/integrations/apiKeys';

const zapPostSchema = z.object({
  boardId: z.string().cuid(),
  title: z.string().min(3).max(140),
  body: z.string().max(10_000).default(''),
  authorEmail: z.string().email(),
});

// ok: missing-auth
export async function GET(req: Request) {
  const orgId = await authenticateApiKey(req);
  if (!orgId) return NextResponse.json({ error: 'Invalid API key' }, { status: 401 });
  // ok: unscoped-tenant-query
  const posts = await prisma.post.findMany({ where: { orgId }, orderBy: { createdAt: 'desc' }, take: 25 });
  return NextResponse.json(posts);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const apiKey = readApiKey(req);
  // expect: token-logging
  console.info('zapier create post', { apiKey, at: new Date().toISOString() });
  const orgId = await authenticateApiKey(req);
  if (!orgId) return NextResponse.json({ error: 'Invalid API key' }, { status: 401 });
  const input = zapPostSchema.parse(await req.json());
  // ok: unscoped-tenant-query
  const board = await prisma.board.findFirst({ where: { id: input.boardId, orgId } });
  if (!board) return NextResponse.json({ error: 'Unknown board' }, { status: 404 });
  const post = await prisma.post.create({
    data: { orgId, boardId: board.id, title: input.title, body: input.body, authorId: `zapier:${input.authorEmail}` },
  });
  return NextResponse.json(post, { status: 201 });
}
