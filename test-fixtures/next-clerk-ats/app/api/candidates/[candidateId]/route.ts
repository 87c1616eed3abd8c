import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { errorResponse, requireOrg } from '@/lib/org';

type RouteContext = { params: { candidateId: string } };

const UpdateCandidateSchema = z
  .object({
    firstName: z.string().trim().min(1).max(100),
    lastName: z.string().trim().min(1).max(100),
    email: z.string().trim().toLowerCase().email(),
    phone: z.string().trim().max(40).nullable(),
    resumeUrl: z.string().url().nullable(),
  })
  .partial()
  .strict();

// ok: missing-auth
export async function GET(_req: Request, { params }: RouteContext) {
  try {
    const org = await requireOrg();

    // ok: unscoped-tenant-query
    const candidate = await prisma.candidate.findFirst({
      where: { id: params.candidateId, orgId: org.id },
      include: {
        applications: {
          include: { job: { select: { id: true, title: true } }, interviews: true },
        },
      },
    });
    if (!candidate) {
      return NextResponse.json({ error: 'Not found' }, { status: 404 });
    }
    return NextResponse.json({ candidate });
  } catch (err) {
    return errorResponse(err);
  }
}

// ok: missing-auth
export async function PATCH(req: Request, { params }: RouteContext) {
  try {
    const org = await requireOrg();
    const input = UpdateCandidateSchema.parse(await req.json());

    // Prisma 5 accepts non-unique filters next to the unique id; throws P2025 (-> 404) on no match.
    // ok: unscoped-tenant-query
    const candidate = await prisma.candidate.update({
      where: { id: params.candidateId, orgId: org.id },
      data: input,
    });
    return NextResponse.json({ candidate });
  } catch (err) {
    return errorResponse(err);
  }
}

// ok: missing-auth
export async function DELETE(_req: Request, { params }: RouteContext) {
  try {
    await requireOrg();

    // expect: unscoped-tenant-query
    await prisma.candidate.delete({ where: { id: params.candidateId } });
    return new NextResponse(null, { status: 204 });
  } catch (err) {
    return errorResponse(err);
  }
}
