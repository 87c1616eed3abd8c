import { NextResponse } from 'next/server';

// the edge cache of every site's tracker script, purged by whoever asks
// expect: missing-auth
export async function DELETE() {
  await fetch(`${process.env.EDGE_CACHE_URL}/purge`, { method: 'POST', headers: { Authorization: `Bearer ${process.env.EDGE_CACHE_TOKEN}` } });
  return new NextResponse(null, { status: 204 });
}
