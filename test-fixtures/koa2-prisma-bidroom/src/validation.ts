import { z } from 'zod';

export const signupSchema = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(120),
  password: z.string().min(12),
});

export const bidCreate = z.object({
  projectId: z.string().cuid(),
  subcontractorId: z.string().cuid(),
  amountCents: z.number().int().positive(),
  notes: z.string().max(2000).optional(),
});

export const bidUpdate = z.object({
  amountCents: z.number().int().positive().optional(),
  status: z.enum(['submitted', 'shortlisted', 'rejected', 'awarded']).optional(),
  notes: z.string().max(2000).optional(),
});

export const roleChange = z.object({ role: z.enum(['owner', 'admin', 'estimator', 'viewer']) });
