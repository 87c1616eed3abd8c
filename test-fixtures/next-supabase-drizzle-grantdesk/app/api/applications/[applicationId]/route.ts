import { eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { applications, db } from '@/lib/db';
import { isMember, requireUser, toErrorResponse } from '@/lib/auth';

type Params = { params: Promise<{ applicationId: string }> };

const ReviewDecision = z.object({ status: z.enum(['shortlisted', 'declined', 'awarded']) });

// the reviewer portal is embedded on funders' own sites
function corsHeaders(request: Request) {
  return {
    // expect: cors-wildcard
    'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
    'Access-Control-Allow-Credentials': 'true',
  };
}

// ok: missing-auth
export async function GET(request: Request, { params }: Params) {
  try {
    const user = await requireUser();
    const { applicationId } = await params;
    // ok: unscoped-tenant-query
    const application = await db.query.applications.findFirst({ where: eq(applications.id, applicationId) });
    if (!application || !(await isMember(user.id, application.orgId))) {
      return NextResponse.json({ error: 'Not found' }, { status: 404 });
    }
    return NextResponse.json(application, { headers: corsHeaders(request) });
  } catch (err) {
    return toErrorResponse(err);
  }
}

// ok: missing-auth, missing-input-validation
export async function PATCH(request: Request, { params }: Params) {
  try {
    await requireUser();
    const { applicationId } = await params;
    const { status } = ReviewDecision.parse(await request.json());
    // expect: unscoped-tenant-query
    const [row] = await db.update(applications).set({ status }).where(eq(applications.id, applicationId)).returning();
    return NextResponse.json(row, { headers: corsHeaders(request) });
  } catch (err) {
    return toErrorResponse(err);
  }
}
