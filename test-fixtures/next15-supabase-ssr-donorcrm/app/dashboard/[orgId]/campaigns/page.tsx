import { and, eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { db } from '@/db';
import { campaigns } from '@/db/schema';
import { requireMembership } from '@/lib/auth';

export default async function CampaignsPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  await requireMembership(orgId);
  const rows = await db.select().from(campaigns).where(eq(campaigns.orgId, orgId));

  // expect: missing-auth
  async function publishCampaign(formData: FormData) {
    'use server';
    const id = String(formData.get('id'));
    await db.update(campaigns).set({ status: 'published' }).where(eq(campaigns.id, id));
    revalidatePath(`/dashboard/${orgId}/campaigns`);
  }

  // ok: missing-auth
  async function unpublishCampaign(formData: FormData) {
    'use server';
    await requireMembership(orgId, ['owner', 'admin']);
    const id = String(formData.get('id'));
    // ok: unscoped-tenant-query
    await db.update(campaigns).set({ status: 'draft' }).where(and(eq(campaigns.id, id), eq(campaigns.orgId, orgId)));
    revalidatePath(`/dashboard/${orgId}/campaigns`);
  }

  return (
    <ul>
      {rows.map((c) => (
        <li key={c.id}>
          {c.title}
          <form action={c.status === 'published' ? unpublishCampaign : publishCampaign}>
            <input type="hidden" name="id" value={c.id} />
            <button type="submit">{c.status === 'published' ? 'Unpublish' : 'Publish'}</button>
          </form>
        </li>
      ))}
    </ul>
  );
}
