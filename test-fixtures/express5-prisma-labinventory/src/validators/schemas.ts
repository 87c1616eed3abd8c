import { z } from 'zod';
import { Role } from '@prisma/client';

export const loginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8).max(200),
});

export const registerSchema = loginSchema.extend({
  name: z.string().min(1).max(120),
  organizationName: z.string().min(2).max(120),
});

export const forgotPasswordSchema = z.object({ email: z.string().email() });

export const createSampleSchema = z.object({
  barcode: z.string().min(3).max(64),
  label: z.string().min(1).max(200),
  matrix: z.enum(['blood', 'serum', 'urine', 'soil', 'water', 'other']),
  storageLocation: z.string().max(64).optional(),
  collectedAt: z.coerce.date(),
});

export const updateSampleSchema = createSampleSchema.partial();

export const createBookingSchema = z.object({
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  purpose: z.string().max(500).optional(),
});

export const updateUserSchema = z.object({
  name: z.string().min(1).max(120).optional(),
  role: z.nativeEnum(Role).optional(),
});

export const readingSchema = z.object({
  sampleId: z.string().cuid(),
  instrument: z.string().max(64),
  value: z.number(),
  unit: z.string().max(16),
});
