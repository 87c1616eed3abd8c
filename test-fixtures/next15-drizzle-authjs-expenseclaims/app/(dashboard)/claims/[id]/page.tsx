import { revalidatePath } from 'next/cache';
import { eq } from 'drizzle-orm';
import { db, claims } from '@/lib/db';
import { requireUser } from '@/lib/session';

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const claim = await db.query.claims.findFirst({ where: eq(claims.id, id) });
  if (!claim || claim.orgId !== user.orgId) return <p>Not found</p>;

  // expect: missing-auth
  async function markPaid() {
    'use server';
    await db.update(claims).set({ status: 'paid' }).where(eq(claims.id, id));
    revalidatePath(`/claims/${id}`);
  }

  return (
    <form action={markPaid}>
      <h1>{claim.title}</h1>
      <button type="submit">Mark as paid</button>
    </form>
  );
}
