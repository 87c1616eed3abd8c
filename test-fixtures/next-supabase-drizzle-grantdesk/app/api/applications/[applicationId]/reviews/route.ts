import { eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { applications, db, memberships } from '@/lib/db';
import { and } from 'drizzle-orm';
import { requireUser } from '@/lib/auth';

type Params = { params: Promise<{ applicationId: string }> };

// ok: missing-auth
// expect: missing-input-validation
export async function POST(request: Request, { params }: Params) {
  const user = await requireUser();
  const { applicationId } = await params;
  const body = await request.json();
  try {
    // ok: unscoped-tenant-query
    const application = await db.query.applications.findFirst({ where: eq(applications.id, applicationId) });
    if (!application) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    const [member] = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, application.orgId), eq(memberships.userId, user.id)));
    if (!member) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    // ok: unscoped-tenant-query
    await db
      .update(applications)
      .set({ narrative: body.comment, status: body.recommendation })
      .where(eq(applications.id, application.id));
    return NextResponse.json({ ok: true }, { status: 201 });
  } catch (err) {
    // expect: error-details-leak
    return NextResponse.json({ error: 'Could not save review', detail: String(err) }, { status: 500 });
  }
}
