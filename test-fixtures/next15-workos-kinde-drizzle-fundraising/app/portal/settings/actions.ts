'use server';

import { getKindeServerSession } from '@kinde-oss/kinde-auth-nextjs/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, donors } from '@/lib/db';

const GiftAidForm = z.object({
  giftAid: z.coerce.boolean(),
  addressLine: z.string().min(5).max(200),
});

// ok: missing-auth, missing-input-validation
export async function saveGiftAidDeclaration(_prev: unknown, formData: FormData) {
  const { getUser } = getKindeServerSession();
  const user = await getUser();
  if (!user) return { error: 'Please sign in again' };

  const input = GiftAidForm.safeParse(Object.fromEntries(formData));
  if (!input.success) return { error: 'Check the highlighted fields' };

  // ok: unscoped-tenant-query
  await db.update(donors).set(input.data).where(eq(donors.kindeUserId, user.id));
  return { ok: true };
}
