import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// Zapier polling trigger: "New subscriber"
// expect: missing-auth
export async function GET(req: Request) {
  const orgId = new URL(req.url).searchParams.get('orgId');
  if (!orgId) return NextResponse.json({ error: 'orgId required' }, { status: 400 });
  const subscribers = await prisma.subscriber.findMany({ where: { orgId }, orderBy: { createdAt: 'desc' }, take: 50 });
  return NextResponse.json(subscribers);
}
