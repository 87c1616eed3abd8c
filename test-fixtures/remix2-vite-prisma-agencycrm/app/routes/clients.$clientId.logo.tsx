import type { ActionFunctionArgs } from '@remix-run/node';
import {
  json,
  unstable_createFileUploadHandler,
  unstable_parseMultipartFormData,
} from '@remix-run/node';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

// expect: missing-rate-limit
// ok: missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const client = await prisma.client.findFirst({ where: { id: params.clientId, agencyId: user.agencyId } });
  if (!client) throw new Response('Not found', { status: 404 });
  const form = await unstable_parseMultipartFormData(
    request,
    // any file type of any size lands in the public folder
    // expect: unrestricted-upload
    unstable_createFileUploadHandler({ directory: 'public/uploads/logos', file: ({ filename }) => filename }),
  );
  const logo = form.get('logo') as File | null;
  if (!logo) return json({ error: 'No file' }, { status: 400 });
  // ok: unscoped-tenant-query
  await prisma.client.update({ where: { id: client.id }, data: { logoUrl: `/uploads/logos/${logo.name}` } });
  return json({ ok: true });
}
