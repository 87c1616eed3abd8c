import { NextResponse } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { prisma } from '@/lib/prisma';

// The embeddable widget calls this from customers' sites with the visitor's session cookie
function corsHeaders(req: Request) {
  return {
    // expect: cors-wildcard
    'Access-Control-Allow-Origin': req.headers.get('origin') ?? '*',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  };
}

export async function OPTIONS(req: Request) {
  return new NextResponse(null, { status: 204, headers: corsHeaders(req) });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: { orgSlug: string } }) {
  const { userId } = auth();
  if (!userId) return NextResponse.json({ error: 'Sign in to vote' }, { status: 401, headers: corsHeaders(req) });
  const { postId } = (await req.json()) as { postId: string };
  const post = await prisma.post.findFirst({ where: { id: postId, board: { isPublic: true, org: { slug: params.orgSlug } } } });
  if (!post) return NextResponse.json({ error: 'Not found' }, { status: 404, headers: corsHeaders(req) });
  await prisma.vote.upsert({ where: { postId_userId: { postId: post.id, userId } }, create: { postId: post.id, userId }, update: {} });
  return NextResponse.json({ ok: true }, { headers: corsHeaders(req) });
}
