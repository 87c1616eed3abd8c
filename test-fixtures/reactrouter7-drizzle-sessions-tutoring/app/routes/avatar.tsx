import { eq } from 'drizzle-orm';
import { type FileUpload, parseFormData } from '@mjackson/form-data-parser';
import { db, schema } from '~/db.server';
import { requireUser } from '~/lib/auth.server';
import { storeAvatar } from '~/lib/storage.server';
import type { Route } from './+types/avatar';

// ok: missing-auth
// expect: missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  let key: string | undefined;
  const uploadHandler = async (upload: FileUpload) => {
    if (upload.fieldName === 'avatar') {
      key = await storeAvatar(user.id, upload);
      return key;
    }
  };
  // expect: unrestricted-upload
  await parseFormData(request, uploadHandler);
  // ok: unscoped-tenant-query
  await db.update(schema.users).set({ avatarKey: key }).where(eq(schema.users.id, user.id));
  return { ok: true };
}

export default function Avatar() {
  return <form method="post" encType="multipart/form-data"><input type="file" name="avatar" /></form>;
}
