import { z } from 'zod';

export const loginSchema = z.object({ email: z.string().email(), password: z.string().min(1) });

export const signupSchema = z.object({
  organizationName: z.string().min(2).max(80),
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(12),
});

export const studentSchema = z.object({
  fullName: z.string().min(1).max(120),
  guardianEmail: z.string().email(),
  gradeLevel: z.number().int().min(1).max(13),
  notes: z.string().max(2000).optional(),
});

export const roleChangeSchema = z.object({ role: z.enum(['ADMIN', 'TUTOR']) });
