import { NextResponse } from 'next/server';

// the tracking script's endpoint (collect/route.ts) moved; this path only answers old snippets
export async function GET() {
  return NextResponse.json({ moved: '/api/collect' }, { status: 410 });
}

// ok: missing-auth
export async function DELETE() {
  return new NextResponse('Method Not Allowed', { status: 405, headers: { Allow: 'GET' } });
}

