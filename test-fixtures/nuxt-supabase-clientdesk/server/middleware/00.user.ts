import { serverSupabaseUser } from '#supabase/server';

// puts the signed-in user (if any) on the context for the handlers
export default defineEventHandler(async (event) => {
  try {
    event.context.user = await serverSupabaseUser(event);
  } catch {
    event.context.user = null;
  }
});
