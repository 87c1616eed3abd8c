import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { prisma } from '~/db.server';
import { getUserId } from '~/session.server';

// the notes tab was split out of the client page and lost its session check
// expect: missing-auth
export async function loader({ params }: LoaderFunctionArgs) {
  const notes = await prisma.note.findMany({
    where: { clientId: params.clientId },
    orderBy: { id: 'desc' },
  });
  return json({ notes });
}

// expect: missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await getUserId(request);
  if (!userId) throw new Response('Unauthorized', { status: 401 });
  const author = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const form = await request.formData();
  // ok: unscoped-tenant-query
  const client = await prisma.client.findFirst({ where: { id: params.clientId, agencyId: author.agencyId } });
  if (!client) throw new Response('Not found', { status: 404 });
  const note = await prisma.note.create({
    data: {
      body: form.get('body') as string,
      clientId: client.id,
      agencyId: author.agencyId,
      authorId: author.id,
    },
  });
  return json({ note });
}
