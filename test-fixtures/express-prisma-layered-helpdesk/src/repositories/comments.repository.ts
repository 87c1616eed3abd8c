import { prisma } from '../lib/prisma';

export function listCommentsForTicket(ticketId: string) {
  // expect: unscoped-tenant-query
  return prisma.comment.findMany({ where: { ticketId } });
}

export function addComment(orgId: string, ticketId: string, authorId: string, body: string) {
  return prisma.comment.create({ data: { orgId, ticketId, authorId, body } });
}

export function deleteComment(orgId: string, id: string) {
  // ok: unscoped-tenant-query
  return prisma.comment.deleteMany({ where: { id, orgId } });
}
