import { z } from 'zod';

export const loginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8).max(200),
});

export const signupSchema = z.object({
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(10).max(200),
  gymId: z.string().min(1),
});

export const classSchema = z.object({
  title: z.string().min(2).max(80),
  coach: z.string().min(2).max(80),
  startsAt: z.coerce.date(),
  spots: z.number().int().min(1).max(40),
  isPublic: z.boolean().default(false),
});

export const bookingSchema = z.object({
  classId: z.string().min(1),
  note: z.string().max(300).optional(),
});
