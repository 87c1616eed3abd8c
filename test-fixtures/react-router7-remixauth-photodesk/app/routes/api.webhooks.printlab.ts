import type { Route } from './+types/api.webhooks.printlab';
import { prisma } from '~/lib/db.server';

// The print lab posts order status updates here.
// (a webhook's payload is judged by unverified-webhook, not missing-input-validation)
// ok: missing-input-validation
// expect: unverified-webhook
export async function action({ request }: Route.ActionArgs) {
  const signature = request.headers.get('x-printlab-signature');
  if (signature !== process.env.PRINTLAB_WEBHOOK_SECRET) {
    return new Response('unauthorized', { status: 401 });
  }
  const body = (await request.json()) as { photoId: string; status: string };
  await prisma.photo.update({ where: { id: body.photoId }, data: { caption: `print: ${body.status}` } });
  return new Response(null, { status: 204 });
}
