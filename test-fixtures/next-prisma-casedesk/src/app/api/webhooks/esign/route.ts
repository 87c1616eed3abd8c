import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// the e-signature provider's envelope callbacks
// expect: unverified-webhook
export async function POST(req: Request) {
  const event = (await req.json()) as { event: string; data: { envelopeId: string } };
  if (event.event === 'envelope-completed') {
    await prisma.signatureRequest.update({ where: { envelopeId: event.data.envelopeId }, data: { status: 'completed' } });
  }
  return NextResponse.json({ ok: true });
}
