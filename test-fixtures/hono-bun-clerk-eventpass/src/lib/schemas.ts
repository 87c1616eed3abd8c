import { z } from 'zod';

export const createEventSchema = z.object({
  title: z.string().min(3).max(120),
  slug: z.string().regex(/^[a-z0-9-]+$/).max(60),
  description: z.string().max(5000).optional(),
  venue: z.string().max(200),
  startsAt: z.coerce.date(),
  capacity: z.number().int().positive().max(50_000),
});

export const updateEventSchema = createEventSchema.partial();

export const purchaseSchema = z.object({
  eventId: z.string().cuid(),
  quantity: z.number().int().min(1).max(10),
});

export const inviteSchema = z.object({
  emailAddress: z.string().email(),
  role: z.enum(['org:member', 'org:admin']),
});

export const roleSchema = z.object({ role: z.enum(['org:member', 'org:admin']) });
