import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { json, parseRequest } from '@/lib/request';

const Submission = z.object({
  boardId: z.string().cuid(),
  message: z.string().min(1).max(2000),
  email: z.string().email().optional(),
});

// The widget posts here from customers' own sites: no session, on purpose.
// ok: missing-auth
export async function POST(request: Request) {
  const { data, error } = await parseRequest(request, Submission, { skipAuth: true });
  if (error) return error;

  // (an unknown board fails the foreign key)
  await prisma.feedback.create({ data: { boardId: data.boardId, message: data.message, email: data.email } });
  return json({ ok: true }, 201);
}
