import { z } from 'zod';

export const bookingCreateSchema = z.object({
  clientId: z.number().int().positive(),
  sitterId: z.number().int().positive().optional(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  notes: z.string().max(2000).optional(),
});

export const bookingUpdateSchema = bookingCreateSchema.partial().extend({
  status: z.enum(['requested', 'confirmed', 'completed', 'cancelled']).optional(),
});

export const credentialsSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8),
});

export const registerSchema = credentialsSchema.extend({
  name: z.string().min(1),
  agencyName: z.string().min(2),
});

export const roleSchema = z.object({ role: z.enum(['owner', 'manager', 'sitter']) });
