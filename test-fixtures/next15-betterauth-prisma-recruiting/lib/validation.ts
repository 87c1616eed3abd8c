import { z } from 'zod';

export const JobInput = z.object({
  title: z.string().min(3).max(120),
  department: z.string().max(60).optional(),
  location: z.string().max(80).optional(),
  description: z.string().min(20),
  salaryMin: z.number().int().positive().optional(),
  salaryMax: z.number().int().positive().optional(),
  published: z.boolean().default(false),
});

export const NoteInput = z.object({ candidateId: z.string().cuid(), body: z.string().min(1).max(5000) });

export const STAGES = ['applied', 'screen', 'interview', 'offer', 'hired', 'rejected'] as const;
