import { NextResponse } from 'next/server';
import { auth } from '@clerk/nextjs/server';
import { prisma } from '@/lib/prisma';

// Zapier's "test connection" for users who connected with their Feedbackboard session
// ok: missing-auth
export async function GET() {
  const { userId, orgId } = auth().protect();
  // ok: unscoped-tenant-query
  const org = orgId ? await prisma.organization.findUnique({ where: { id: orgId }, select: { name: true, plan: true } }) : null;
  return NextResponse.json({ userId, organization: org });
}
