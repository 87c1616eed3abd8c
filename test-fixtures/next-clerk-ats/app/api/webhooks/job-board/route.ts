import { NextResponse } from 'next/server';
import { Webhook } from 'svix';
import { z } from 'zod';
import { prisma } from '@/lib/db';

// The job-board aggregator we syndicate published jobs to delivers applications via Svix.
const ApplicationSubmittedSchema = z.object({
  type: z.literal('application.submitted'),
  data: z.object({
    externalId: z.string().min(1).max(200),
    jobId: z.string().cuid(),
    candidate: z.object({
      firstName: z.string().trim().min(1).max(100),
      lastName: z.string().trim().min(1).max(100),
      email: z.string().trim().toLowerCase().email(),
      phone: z.string().trim().max(40).optional(),
      resumeUrl: z.string().url().optional(),
    }),
  }),
});

// ok: missing-auth
// ok: unverified-webhook
export async function POST(req: Request) {
  const secret = process.env.JOB_BOARD_WEBHOOK_SECRET;
  if (!secret) {
    return NextResponse.json({ error: 'Webhook not configured' }, { status: 500 });
  }

  const payload = await req.text();
  let verified: unknown;
  try {
    verified = new Webhook(secret).verify(payload, {
      'svix-id': req.headers.get('svix-id') ?? '',
      'svix-timestamp': req.headers.get('svix-timestamp') ?? '',
      'svix-signature': req.headers.get('svix-signature') ?? '',
    });
  } catch {
    return NextResponse.json({ error: 'Invalid signature' }, { status: 400 });
  }

  const parsed = ApplicationSubmittedSchema.safeParse(verified);
  if (!parsed.success) {
    // Acknowledge event types we do not handle so the sender stops retrying.
    return NextResponse.json({ ignored: true });
  }
  const { externalId, jobId, candidate: applicant } = parsed.data.data;

  const job = await prisma.job.findFirst({
    where: { id: jobId, status: 'PUBLISHED' },
    select: { id: true, orgId: true },
  });
  if (!job) {
    return NextResponse.json({ error: 'Unknown job' }, { status: 404 });
  }

  const candidate = await prisma.candidate.upsert({
    where: { orgId_email: { orgId: job.orgId, email: applicant.email } },
    create: { ...applicant, orgId: job.orgId },
    update: {},
  });

  await prisma.application.upsert({
    where: { jobId_candidateId: { jobId: job.id, candidateId: candidate.id } },
    create: {
      orgId: job.orgId,
      jobId: job.id,
      candidateId: candidate.id,
      source: 'job-board',
      externalRef: externalId,
    },
    update: {},
  });

  return NextResponse.json({ received: true });
}
