import { serverSupabaseServiceRole } from '#supabase/server';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  await requireUser(event);
  const admin = serverSupabaseServiceRole(event);
  // service role, no RLS on attachments, and no workspace filter
  // expect: unscoped-tenant-query
  const { data: file } = await admin.from('attachments').select('*').eq('id', getRouterParam(event, 'id')).single();
  if (!file) throw createError({ statusCode: 404 });
  const { data: signed } = await admin.storage.from('attachments').createSignedUrl(file.storage_path, 60);
  return { url: signed?.signedUrl };
});
