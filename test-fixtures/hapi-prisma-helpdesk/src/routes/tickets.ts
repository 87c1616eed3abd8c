import Boom from '@hapi/boom';
import { z } from 'zod';
import type { Request, ResponseToolkit, Server } from '@hapi/hapi';
import { prisma } from '../prisma.js';
import { agentOf, requireRole } from '../lib/guards.js';

const NewComment = z.object({ body: z.string().min(1).max(10_000), internal: z.boolean().default(false) });

// handlers shared by the ticket routes (spread into each route object)
const showTicket = {
  handler: async (request: Request) => {
    const { orgId } = agentOf(request);
    // ok: unscoped-tenant-query
    const ticket = await prisma.ticket.findUnique({ where: { id: request.params.id }, include: { comments: true } });
    if (!ticket || ticket.orgId !== orgId) {
      throw Boom.notFound('Ticket not found');
    }
    return ticket;
  },
};

async function listTickets(request: Request) {
  const { orgId } = agentOf(request);
  const status = typeof request.query.status === 'string' ? request.query.status : undefined;
  // ok: unscoped-tenant-query
  return prisma.ticket.findMany({ where: { orgId, ...(status ? { status } : {}) }, orderBy: { updatedAt: 'desc' }, take: 100 });
}

async function exportTickets(request: Request, h: ResponseToolkit) {
  try {
    const rows = await prisma.ticket.findMany({ where: { orgId: agentOf(request).orgId } });
    return h.response(rows.map((t) => `${t.id},${t.status},${t.subject}`).join('\n')).type('text/csv');
  } catch (err) {
    // expect: error-details-leak
    return h.response({ error: 'export failed', detail: (err as Error).message }).code(500);
  }
}

export function registerTicketRoutes(server: Server) {
  server.route([
    {
      method: 'GET',
      path: '/api/tickets',
      options: { auth: 'jwt' },
      handler: listTickets,
    },
    {
      ...showTicket,
      method: 'GET',
      path: '/api/tickets/{id}',
      options: { auth: 'jwt' },
    },
    {
      method: 'GET',
      path: '/api/orgs/{orgId}/tickets',
      options: { auth: { strategy: 'jwt' } },
      handler: async (request) => {
        // the org picker sends the org; nothing checks the caller belongs to it
        // expect: unscoped-tenant-query
        return prisma.ticket.findMany({ where: { orgId: request.params.orgId } });
      },
    },
    // The widget on customers' sites posts here; auth was never added.
    // expect: missing-auth, missing-input-validation
    {
      method: 'POST',
      path: '/api/tickets/{id}/comments',
      handler: async (request, h) => {
        const { body } = request.payload as { body: string };
        const ticket = await prisma.ticket.findUnique({ where: { id: request.params.id } });
        if (!ticket) {
          throw Boom.notFound();
        }
        const comment = await prisma.comment.create({ data: { ticketId: ticket.id, orgId: ticket.orgId, body } });
        return h.response(comment).code(201);
      },
    },
    {
      method: 'POST',
      path: '/api/tickets/{id}/notes',
      options: { auth: 'jwt' },
      handler: async (request, h) => {
        const agent = agentOf(request);
        try {
          const input = NewComment.parse(request.payload);
          // ok: unscoped-tenant-query
          const ticket = await prisma.ticket.findFirst({ where: { id: request.params.id, orgId: agent.orgId } });
          if (!ticket) {
            throw Boom.notFound();
          }
          const note = await prisma.comment.create({ data: { ...input, ticketId: ticket.id, orgId: agent.orgId, authorId: agent.userId } });
          return h.response(note).code(201);
        } catch (err) {
          if (err instanceof z.ZodError) {
            // ok: error-details-leak
            return h.response({ error: err.message }).code(400);
          }
          throw err;
        }
      },
    },
    // ok: missing-role-check
    {
      method: 'DELETE',
      path: '/api/admin/tickets/{id}',
      options: { auth: 'jwt', pre: [{ method: requireRole('admin') }] },
      handler: async (request, h) => {
        // ok: unscoped-tenant-query
        await prisma.ticket.deleteMany({ where: { id: request.params.id, orgId: agentOf(request).orgId } });
        return h.response().code(204);
      },
    },
    // expect: missing-rate-limit
    {
      method: 'GET',
      path: '/api/admin/tickets/export',
      options: {
        auth: { strategy: 'jwt', scope: 'admin' },
        plugins: { 'hapi-rate-limitor': { enabled: false } },
      },
      handler: exportTickets,
    },
  ]);
}
