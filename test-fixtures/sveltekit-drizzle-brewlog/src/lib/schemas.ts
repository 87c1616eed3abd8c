import { z } from 'zod';

export const loginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8).max(200),
});

export const signupSchema = loginSchema.extend({
  name: z.string().min(1).max(80),
  breweryName: z.string().min(2).max(80),
});

export const batchSchema = z.object({
  name: z.string().min(1).max(120),
  recipeId: z.string().optional(),
  volumeLitres: z.coerce.number().int().positive().max(100_000),
  originalGravity: z.coerce.number().int().min(990).max(1200).optional(),
});

export const batchPatchSchema = batchSchema.partial().extend({
  status: z.enum(['planned', 'fermenting', 'conditioning', 'packaged', 'archived']).optional(),
});

export const inviteSchema = z.object({
  email: z.string().email(),
  role: z.enum(['brewer', 'viewer']),
});

export const roleSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(['owner', 'brewer', 'viewer']),
});
