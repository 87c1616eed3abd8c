import { createServerFn } from '@tanstack/react-start';
import { z } from 'zod';
import { requireSupabaseAuth } from '@/integrations/supabase/auth-middleware';
import { supabaseAdmin } from '@/integrations/supabase/client.server';

// ok: missing-auth
export const getPaymentHistory = createServerFn({ method: 'GET' })
  .middleware([requireSupabaseAuth])
  .handler(async ({ context }) => {
    // ok: unscoped-tenant-query
    const { data } = await supabaseAdmin.from('payments').select('*').eq('user_id', context.userId).order('created_at', { ascending: false });
    return data ?? [];
  });

// the receipt page: payments has no RLS and the lookup is by id alone
// ok: missing-auth
export const getReceipt = createServerFn({ method: 'GET' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ paymentId: z.string().uuid() }))
  .handler(async ({ data }) => {
    // expect: unscoped-tenant-query
    const { data: payment, error } = await supabaseAdmin.from('payments').select('*').eq('id', data.paymentId).single();
    if (error) {
      // expect: error-details-leak
      return { error: error.message, details: error.details, hint: error.hint };
    }
    return payment;
  });

// receipt download checked against the caller after loading
// ok: missing-auth
export const downloadReceipt = createServerFn({ method: 'GET' })
  .middleware([requireSupabaseAuth])
  .inputValidator(z.object({ paymentId: z.string().uuid() }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    const { data: payment } = await supabaseAdmin.from('payments').select('*').eq('id', data.paymentId).single();
    if (!payment || payment.user_id !== context.userId) {
      throw new Response('Not found', { status: 404 });
    }
    return { amount: payment.amount_cents, status: payment.status };
  });
