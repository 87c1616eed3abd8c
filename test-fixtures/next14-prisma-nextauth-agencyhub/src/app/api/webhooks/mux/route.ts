import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// video processing callbacks
// ok: missing-auth
// expect: unverified-webhook
export async function POST(req: Request) {
  const event = await req.json();
  if (event.type === 'video.asset.ready') {
    await prisma.asset.update({ where: { muxAssetId: event.data.id }, data: { status: 'ready' } });
  } else if (event.type === 'video.asset.errored') {
    await prisma.asset.update({ where: { muxAssetId: event.data.id }, data: { status: 'failed' } });
  }
  return NextResponse.json({ ok: true });
}
