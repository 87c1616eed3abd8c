import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const user = event.context.user;
  const id = getRouterParam(event, 'id');
  // expect: unrestricted-upload
  const parts = await readMultipartFormData(event);
  const file = parts?.find((p) => p.name === 'receipt');
  if (!file?.filename) throw createError({ statusCode: 400, statusMessage: 'No file' });

  const target = join('/var/data/receipts', `${id}-${file.filename}`);
  await writeFile(target, file.data);
  // ok: unscoped-tenant-query
  await prisma.expense.updateMany({
    where: { id, workspaceId: user.workspaceId },
    data: { receiptUrl: target },
  });
  return { ok: true };
});
