import { revalidatePath } from 'next/cache';
import { eq } from 'drizzle-orm';
import { db } from '@/lib/db';
import { organizations } from '@/lib/db/schema';

export default function OrgSettingsPage() {
  // expect: missing-auth, missing-input-validation
  async function renameOrg(formData: FormData) {
    'use server';
    const orgId = String(formData.get('orgId'));
    await db.update(organizations).set({ name: String(formData.get('name')) }).where(eq(organizations.id, orgId));
    revalidatePath('/settings');
  }

  return (
    <form action={renameOrg}>
      <input name="orgId" type="hidden" />
      <input name="name" placeholder="Organization name" />
      <button type="submit">Save</button>
    </form>
  );
}
