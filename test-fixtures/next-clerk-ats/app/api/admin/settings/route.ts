import { auth } from '@clerk/nextjs/server';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { errorResponse, requireOrg } from '@/lib/org';

const UpdateSettingsSchema = z
  .object({
    careersEnabled: z.boolean(),
    careersHeadline: z.string().trim().max(200).nullable(),
  })
  .partial()
  .strict();

// ok: missing-role-check
// ok: missing-auth
export async function GET() {
  try {
    const org = await requireOrg();
    const { orgRole } = auth();
    if (orgRole !== 'org:admin') {
      return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
    }

    return NextResponse.json({
      settings: {
        name: org.name,
        slug: org.slug,
        careersEnabled: org.careersEnabled,
        careersHeadline: org.careersHeadline,
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}

// ok: missing-role-check
export async function PATCH(req: Request) {
  try {
    const org = await requireOrg();
    if (!auth().has({ role: 'org:admin' })) {
      return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
    }

    const input = UpdateSettingsSchema.parse(await req.json());
    // ok: unscoped-tenant-query
    const updated = await prisma.organization.update({
      where: { id: org.id },
      data: input,
      select: { careersEnabled: true, careersHeadline: true },
    });
    return NextResponse.json({ settings: updated });
  } catch (err) {
    return errorResponse(err);
  }
}
