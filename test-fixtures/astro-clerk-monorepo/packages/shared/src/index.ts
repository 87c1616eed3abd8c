import { z } from 'zod';

export const NoteInput = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(20000),
  isPublic: z.boolean().default(false),
});
