import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// used by the old Chrome extension; the middleware matcher never covered /api/candidates
// expect: missing-auth
export async function GET(request: Request) {
  const organizationId = new URL(request.url).searchParams.get('org') ?? '';
  const candidates = await prisma.candidate.findMany({ where: { organizationId }, select: { id: true, fullName: true, email: true, phone: true } });
  return NextResponse.json(candidates);
}
