'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db, payouts } from '@/lib/db';
import { requireOrgAdmin } from '@/lib/auth/staff';

const PayoutRequest = z.object({ amountCents: z.number().int().min(1_000) });

// ok: missing-auth, missing-role-check, missing-input-validation
export async function requestPayout(input: { amountCents: number }) {
  const { orgId } = await requireOrgAdmin();
  const { amountCents } = PayoutRequest.parse(input);
  try {
    await db.insert(payouts).values({ orgId, amountCents });
    revalidatePath('/dashboard/payouts');
    return { ok: true as const };
  } catch (err) {
    // surfaces constraint names and SQL state codes straight into the toast
    // expect: error-details-leak
    return { ok: false as const, error: err instanceof Error ? err.message : String(err) };
  }
}
