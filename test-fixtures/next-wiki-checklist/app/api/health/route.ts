import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

export const dynamic = 'force-dynamic';

// Polled by the uptime monitor.
// ok: missing-auth
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return NextResponse.json({ status: 'ok' });
  } catch (err) {
    console.error('health check failed', err);
    // ok: error-details-leak
    return NextResponse.json({ status: 'degraded' }, { status: 503 });
  }
}
