import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db';

// Resend delivery events. Bounced / complaining addresses stop getting invites and resets.
const resendEventSchema = z.object({
  type: z.string(),
  data: z.object({ to: z.array(z.string().email()).min(1).max(50) }),
});

// expect: unverified-webhook
export async function POST(req: Request) {
  const parsed = resendEventSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'Unsupported payload' }, { status: 400 });

  const { type, data } = parsed.data;
  if (type === 'email.bounced' || type === 'email.complained') {
    await db.user.updateMany({
      where: { email: { in: data.to.map((address) => address.toLowerCase()) } },
      data: { emailSuppressed: true },
    });
  }

  return NextResponse.json({ ok: true });
}
