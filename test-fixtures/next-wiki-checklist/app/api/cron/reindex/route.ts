import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

// expect: missing-auth
export async function POST(request: Request) {
  const { teamId } = await request.json();
  const pages = await db.page.findMany({ where: { teamId }, select: { id: true, title: true } });
  return NextResponse.json({ queued: pages.length });
}
