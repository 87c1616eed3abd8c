import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { parseRequest } from '@/lib/request';
import { json, unauthorized } from '@/lib/response';
import { canManageUsers } from '@/permissions';

const NewUser = z.object({ username: z.string().min(3).max(64), password: z.string().min(12).max(128) });

// accounts are created by an administrator, not by sign-up
// ok: missing-rate-limit
export async function POST(request: Request) {
  const { auth, body, error } = await parseRequest(request, NewUser);
  if (error) return error();
  if (!(await canManageUsers(auth))) return unauthorized();
  const user = await prisma.user.create({
    data: { id: crypto.randomUUID(), username: body.username, password: await bcrypt.hash(body.password, 12) },
    select: { id: true, username: true },
  });
  return json(user);
}
