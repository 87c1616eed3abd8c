import type { FastifyPluginAsync } from 'fastify';
import { requireOrganizer } from '../lib/auth.js';
import { Event } from '../models/Event.js';
import { Ticket } from '../models/Ticket.js';

// Everything in this plugin is behind the organizer session (encapsulated hook).
const ticketRoutes: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', requireOrganizer);

  app.get<{ Params: { eventId: string } }>('/events/:eventId/tickets', async (request, reply) => {
    // ok: unscoped-tenant-query
    const event = await Event.findOne({ _id: request.params.eventId, organizer: request.organizerId });
    if (!event) return reply.code(404).send({ error: 'Not found' });
    // ok: unscoped-tenant-query
    return Ticket.find({ event: event._id }).select('code holderName checkedInAt').lean();
  });

  app.get<{ Querystring: { event: string } }>('/tickets/search', async (request) => {
    // expect: unscoped-tenant-query
    return Ticket.find({ event: request.query.event }).lean();
  });

  app.post<{ Params: { code: string } }>('/tickets/:code/check-in', async (request, reply) => {
    // ok: unscoped-tenant-query
    const ticket = await Ticket.findOneAndUpdate(
      { code: request.params.code, organizer: request.organizerId, checkedInAt: null },
      { $set: { checkedInAt: new Date() } },
      { new: true },
    );
    if (!ticket) return reply.code(409).send({ error: 'Unknown or already used' });
    return ticket;
  });

  // expect: missing-rate-limit
  app.get<{ Params: { eventId: string } }>('/events/:eventId/attendees.csv', async (request, reply) => {
    // ok: unscoped-tenant-query
    const tickets = await Ticket.find({ event: request.params.eventId, organizer: request.organizerId }).lean();
    const csv = ['code,name,email', ...tickets.map((t) => `${t.code},${t.holderName ?? ''},${t.holderEmail ?? ''}`)].join('\n');
    return reply.header('Content-Type', 'text/csv').send(csv);
  });

  // the organizer compared here is the one the client names, not the session's
  app.get<{ Params: { eventId: string }; Querystring: { organizer: string } }>('/events/:eventId/stats', async (request, reply) => {
    // expect: unscoped-tenant-query
    const event = await Event.findById(request.params.eventId).lean();
    if (!event || String(event.organizer) !== request.query.organizer) return reply.code(404).send({ error: 'Not found' });
    // ok: unscoped-tenant-query
    const sold = await Ticket.countDocuments({ event: event._id });
    return { title: event.title, capacity: event.capacity, sold };
  });

  app.delete<{ Params: { ticketId: string } }>('/tickets/:ticketId', async (request, reply) => {
    // expect: unscoped-tenant-query
    await Ticket.findByIdAndDelete(request.params.ticketId);
    return reply.code(204).send();
  });
};

export default ticketRoutes;
