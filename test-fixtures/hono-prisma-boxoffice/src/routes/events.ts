import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import { prisma } from '../lib/db';
import type { AppEnv } from '../lib/types';
import { caller, requireJwt, requireRole } from '../middleware/auth';

const eventBody = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1).max(200),
  venue: z.string().min(1).max(200),
  startsAt: z.coerce.date(),
});

const ticketTypeBody = z.object({ name: z.string().min(1), priceCents: z.number().int().min(0), capacity: z.number().int().min(1) });

export const events = new Hono<AppEnv>();

events.use('*', requireJwt);

// ok: missing-auth
events.get('/', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await prisma.event.findMany({ where: { accountId: caller(c).accountId }, orderBy: { startsAt: 'asc' } });
  return c.json(rows);
});

// ok: missing-input-validation
events.post('/', zValidator('json', eventBody), async (c) => {
  const data = c.req.valid('json');
  const event = await prisma.event.create({ data: { ...data, accountId: caller(c).accountId } });
  return c.json(event, 201);
});

// ok: missing-auth
events.get('/:id', async (c) => {
  // ok: unscoped-tenant-query
  const event = await prisma.event.findFirst({
    where: { id: c.req.param('id'), accountId: caller(c).accountId },
    include: { ticketTypes: true },
  });
  return event ? c.json(event) : c.notFound();
});

// ok: missing-input-validation
events.patch('/:id', zValidator('json', eventBody.partial()), async (c) => {
  // expect: unscoped-tenant-query
  const event = await prisma.event.update({ where: { id: c.req.param('id') }, data: c.req.valid('json') });
  return c.json(event);
});

// ok: missing-role-check
events.delete('/:id', requireRole('owner'), async (c) => {
  // ok: unscoped-tenant-query
  const { count } = await prisma.event.deleteMany({ where: { id: c.req.param('id'), accountId: caller(c).accountId } });
  return count ? c.body(null, 204) : c.notFound();
});

// expect: missing-input-validation
events.post('/:id/ticket-types', async (c) => {
  const { accountId } = caller(c);
  // ok: unscoped-tenant-query
  const event = await prisma.event.findFirst({ where: { id: c.req.param('id'), accountId } });
  if (!event) return c.notFound();
  const body = await c.req.json();
  const ticketType = await prisma.ticketType.create({ data: { ...body, eventId: event.id, accountId } });
  return c.json(ticketType, 201);
});

// ok: missing-input-validation
events.put('/:id/ticket-types/:typeId', zValidator('json', ticketTypeBody), async (c) => {
  const { accountId } = caller(c);
  // ok: unscoped-tenant-query
  const { count } = await prisma.ticketType.updateMany({
    where: { id: c.req.param('typeId'), eventId: c.req.param('id'), accountId },
    data: c.req.valid('json'),
  });
  return count ? c.json({ ok: true }) : c.notFound();
});

// ok: missing-auth
events.get('/:id/attendees', async (c) => {
  // expect: unscoped-tenant-query
  const attendees = await prisma.attendee.findMany({ where: { eventId: c.req.param('id') }, orderBy: { name: 'asc' } });
  return c.json(attendees);
});

// ok: missing-input-validation
events.post('/:id/attendees/:attendeeId/check-in', async (c) => {
  // ok: unscoped-tenant-query
  const attendee = await prisma.attendee.findUnique({ where: { id: c.req.param('attendeeId') } });
  if (!attendee || attendee.accountId !== caller(c).accountId) return c.notFound();
  await prisma.attendee.update({ where: { id: attendee.id }, data: { checkedIn: true } });
  return c.json({ ok: true });
});
