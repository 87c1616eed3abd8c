import { serverSupabaseServiceRole } from '#supabase/server';

const MAX_BYTES = 10 * 1024 * 1024;

// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const { workspace_id, client_id } = getQuery(event) as { workspace_id: string; client_id: string };
  const { user } = await requireMember(event, workspace_id);
  // size is capped but any content type is stored and later served from a signed URL
  // expect: unrestricted-upload
  const parts = await readMultipartFormData(event);
  const file = parts?.find((p) => p.name === 'file');
  if (!file || file.data.length > MAX_BYTES) throw createError({ statusCode: 413, statusMessage: 'File too large' });
  const admin = serverSupabaseServiceRole(event);
  const storagePath = `${workspace_id}/${crypto.randomUUID()}`;
  await admin.storage.from('attachments').upload(storagePath, file.data, { contentType: file.type });
  // ok: unscoped-tenant-query
  const { data } = await admin
    .from('attachments')
    .insert({ workspace_id, client_id, storage_path: storagePath, uploaded_by: user.id })
    .select()
    .single();
  return data;
});
