'use server';

import { z } from 'zod';
import { authActionClient } from '@/lib/safe-action';
import { applyPayment } from '@/lib/payments';

// ok: missing-auth
export const recordPaymentAction = authActionClient
  .inputSchema(z.object({ invoiceId: z.string().cuid(), amountCents: z.number().int().positive() }))
  .action(async ({ parsedInput, ctx }) => {
    return applyPayment({ invoiceId: parsedInput.invoiceId, amountCents: parsedInput.amountCents, org: { id: ctx.user.firmId } });
  });

// exported for the bank-statement import: every export of a 'use server' module is an action any browser can call,
// with an `org` of its choosing
// expect: missing-auth, missing-input-validation
export async function recordImportedPayment(invoiceId: string, amountCents: number, org: { id: string }) {
  return applyPayment({ invoiceId, amountCents, org, source: 'import' });
}
