import { z } from 'zod';
import { serverSupabaseClient } from '#supabase/server';

const NewClient = z.object({
  workspace_id: z.string().uuid(),
  name: z.string().min(1).max(120),
  email: z.string().email().optional(),
  phone: z.string().max(40).optional(),
});

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  await requireUser(event);
  const body = await readValidatedBody(event, NewClient.parse);
  const client = await serverSupabaseClient(event);
  const { data, error } = await client.from('clients').insert(body).select().single();
  if (error) {
    // expect: error-details-leak
    throw createError({ statusCode: 500, message: error.message });
  }
  return data;
});
