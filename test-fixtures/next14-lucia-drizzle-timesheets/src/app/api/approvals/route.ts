import { NextResponse } from 'next/server';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import { timeEntries } from '@/db/schema';
import { readApprovalLink } from '@/lib/approval-links';

// one-click approval from the weekly email (no sign-in needed: the link is the credential)
// but the link's token is only decoded, never verified: anyone can mint one
// expect: missing-auth
export async function POST(request: Request) {
  const { token } = (await request.json()) as { token: string };
  const claims = readApprovalLink(token);
  await db
    .update(timeEntries)
    .set({ status: 'approved' })
    .where(and(inArray(timeEntries.id, claims.entryIds), eq(timeEntries.teamId, claims.teamId)));
  return NextResponse.json({ approved: claims.entryIds.length });
}
