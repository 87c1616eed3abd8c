import { prisma } from '~/db.server';

// ok: missing-auth
export async function loader() {
  await prisma.user.count();
  return new Response('OK');
}
