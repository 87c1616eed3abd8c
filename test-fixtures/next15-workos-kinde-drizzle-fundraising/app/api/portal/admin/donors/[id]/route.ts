import { NextResponse } from 'next/server';
import { getKindeServerSession } from '@kinde-oss/kinde-auth-nextjs/server';
import { eq } from 'drizzle-orm';
import { db, donors } from '@/lib/db';

// GDPR erasure from the donor-care console. Checks the Kinde login but never asks for
// the `erase:donors` permission the other admin routes use.
// expect: missing-role-check
export async function DELETE(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { isAuthenticated } = getKindeServerSession();
  if (!(await isAuthenticated())) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const { id } = await params;
  // expect: unscoped-tenant-query
  await db
    .update(donors)
    .set({ email: `erased+${id}@invalid`, fullName: null, addressLine: null, kindeUserId: null })
    .where(eq(donors.id, id));
  return NextResponse.json({ erased: id });
}
