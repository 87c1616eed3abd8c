import { z } from 'zod';

export const LoginSchema = z.object({ email: z.string().email(), password: z.string().min(1) });
export const SignupSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10),
  company: z.string().min(2).max(80),
});
export const TicketCreateSchema = z.object({
  subject: z.string().min(3).max(200),
  body: z.string().max(10_000),
  priority: z.number().int().min(1).max(4).optional(),
});
export const CommentSchema = z.object({ body: z.string().min(1).max(5000) });
export const RoleSchema = z.object({ role: z.enum(['agent', 'admin']) });
export const AssignSchema = z.object({ assigneeId: z.string().cuid() });
