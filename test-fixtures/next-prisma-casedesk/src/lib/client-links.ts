import { prisma } from '@/lib/prisma';

type LinkRequest = { clientId: string; firmId: string; matterId: string };

// attaches an existing client to a matter; the request carries the caller's firm beside the ids
export async function linkClientToMatter(request: LinkRequest) {
  const { clientId, firmId, matterId } = request;
  // the firm rides along in the request but this lookup never uses it
  // expect: unscoped-tenant-query
  const client = await prisma.client.findUnique({ where: { id: clientId } });
  if (!client) throw new Error('Client not found');
  // ok: unscoped-tenant-query
  return prisma.matter.updateMany({ where: { id: matterId, firmId }, data: { clientId: client.id } });
}

export async function copyClientContact(request: LinkRequest) {
  const { clientId, firmId } = request;
  // ok: unscoped-tenant-query
  const client = await prisma.client.findFirst({ where: { id: clientId, firmId } });
  return client ? { name: client.name, email: client.email } : null;
}
