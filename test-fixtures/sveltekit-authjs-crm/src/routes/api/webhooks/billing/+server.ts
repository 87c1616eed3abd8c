import { prisma } from '$lib/server/db';

// expect: unverified-webhook
export async function POST({ request }) {
  const event = await request.json();
  if (event.type === 'company.deleted') {
    await prisma.company.delete({ where: { id: event.companyId } });
  }
  return new Response('ok');
}
