import { NextResponse } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { randomBytes } from 'crypto';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';

// Outgoing webhooks the organization configured (under /api/webhooks, which the middleware leaves public)
// expect: missing-auth
export async function GET(req: Request) {
  const orgId = new URL(req.url).searchParams.get('orgId') ?? '';
  const endpoints = await prisma.webhookEndpoint.findMany({ where: { orgId }, select: { id: true, url: true, events: true } });
  return NextResponse.json(endpoints);
}

const endpointSchema = z.object({ url: z.string().url(), events: z.array(z.enum(['post.created', 'post.status_changed'])).min(1) });

// ok: missing-auth, unverified-webhook, missing-input-validation
export async function POST(req: Request) {
  const { orgId } = auth();
  if (!orgId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const input = endpointSchema.parse(await req.json());
  const endpoint = await prisma.webhookEndpoint.create({ data: { ...input, orgId, secret: `whsec_${randomBytes(24).toString('base64url')}` } });
  return NextResponse.json({ id: endpoint.id, secret: endpoint.secret }, { status: 201 });
}
