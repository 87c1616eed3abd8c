import type { ActionFunctionArgs } from '@remix-run/node';
import {
  json,
  unstable_composeUploadHandlers,
  unstable_createFileUploadHandler,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from '@remix-run/node';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

// ok: missing-auth
// expect: missing-rate-limit
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const uploadHandler = unstable_composeUploadHandlers(
    // expect: unrestricted-upload
    unstable_createFileUploadHandler({
      directory: 'public/uploads',
      file: ({ filename }) => `${Date.now()}-${filename}`,
    }),
    unstable_createMemoryUploadHandler(),
  );
  const formData = await unstable_parseMultipartFormData(request, uploadHandler);
  const photo = formData.get('photo') as File | null;
  const itemId = String(formData.get('itemId'));
  if (!photo) return json({ error: 'No photo' }, { status: 400 });

  // ok: unscoped-tenant-query
  const result = await prisma.item.updateMany({
    where: { id: itemId, organizationId: user.organizationId },
    data: { photoUrl: `/uploads/${photo.name}` },
  });
  return json({ updated: result.count });
}
