import { NextResponse } from 'next/server';

// ok: missing-auth
export async function GET() {
  return NextResponse.json({ status: 'ok', time: new Date().toISOString() });
}
