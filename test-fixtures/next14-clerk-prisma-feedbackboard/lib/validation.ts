import { z } from 'zod';

export const createPostSchema = z.object({
  boardId: z.string().cuid(),
  title: z.string().min(3).max(140),
  body: z.string().max(10_000),
});

export const updatePostSchema = z.object({
  status: z.enum(['open', 'planned', 'in_progress', 'done', 'closed']).optional(),
  title: z.string().min(3).max(140).optional(),
});

export const commentSchema = z.object({
  body: z.string().min(1).max(5_000),
  internal: z.boolean().default(false),
});
