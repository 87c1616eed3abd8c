import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';

const ReportCompletedSchema = z.object({
  type: z.literal('report.completed'),
  data: z.object({
    candidateId: z.string().cuid(),
    result: z.enum(['clear', 'consider', 'suspended']),
  }),
});

// expect: unverified-webhook
// ok: missing-auth
export async function POST(req: Request) {
  // The provider signs every delivery; reject anything that arrives unsigned.
  const signature = req.headers.get('x-provider-signature');
  if (!signature) {
    return NextResponse.json({ error: 'Missing signature' }, { status: 401 });
  }

  const parsed = ReportCompletedSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) {
    return NextResponse.json({ ignored: true });
  }

  await prisma.candidate.update({
    where: { id: parsed.data.data.candidateId },
    data: { backgroundCheckStatus: parsed.data.data.result },
  });

  return NextResponse.json({ received: true });
}
