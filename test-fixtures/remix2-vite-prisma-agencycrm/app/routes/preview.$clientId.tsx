import type { LoaderFunctionArgs } from '@remix-run/node';
import { json, redirect } from '@remix-run/node';
import { prisma } from '~/db.server';
import { previewStorage, requireUser } from '~/session.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // expect: token-logging
  console.info('preview requested', { userId: user.id, cookie: request.headers.get('Cookie') });
  // ok: unscoped-tenant-query
  const client = await prisma.client.findFirst({ where: { id: params.clientId, agencyId: user.agencyId } });
  if (!client) throw redirect('/clients');
  const session = await previewStorage.getSession(request.headers.get('Cookie'));
  session.set('clientId', client.id);
  return json(
    { client },
    { headers: { 'Set-Cookie': await previewStorage.commitSession(session) } },
  );
}
