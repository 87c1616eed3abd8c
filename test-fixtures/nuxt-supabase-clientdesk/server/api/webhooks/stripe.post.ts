import { serverSupabaseServiceRole } from '#supabase/server';

// TODO verify the signature once the raw body is available
// expect: unverified-webhook
export default defineEventHandler(async (event) => {
  const payload = await readBody(event);
  if (payload.type === 'customer.subscription.updated') {
    const sub = payload.data.object;
    await serverSupabaseServiceRole(event)
      .from('workspaces')
      .update({ plan: sub.items.data[0].price.lookup_key })
      .eq('stripe_customer_id', sub.customer);
  }
  return { received: true };
});
