import { writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';

const MAX_BYTES = 2 * 1024 * 1024;
const TYPES = ['image/png', 'image/jpeg', 'image/webp'];

// expect: missing-rate-limit
// ok: missing-auth
export default defineEventHandler(async (event) => {
  await requireAgencyUser(event);
  // ok: unrestricted-upload
  const parts = await readMultipartFormData(event);
  const file = parts?.find((p) => p.name === 'avatar');
  if (!file || !file.type || !TYPES.includes(file.type)) throw createError({ statusCode: 415 });
  if (file.data.length > MAX_BYTES) throw createError({ statusCode: 413 });
  const name = `${randomUUID()}.${file.type.split('/')[1]}`;
  await writeFile(`public/pets/${name}`, file.data);
  return { url: `/pets/${name}` };
});
