import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';

const SignupSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10),
  name: z.string().min(1).max(80),
  workspaceName: z.string().min(2).max(60),
});

// expect: missing-rate-limit
export async function POST(req: Request) {
  const parsed = SignupSchema.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }
  const { email, password, name, workspaceName } = parsed.data;
  const slug = workspaceName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const workspace = await prisma.workspace.create({ data: { name: workspaceName, slug } });
  const user = await prisma.user.create({
    data: { email, name, passwordHash: await bcrypt.hash(password, 12), role: 'ADMIN', workspaceId: workspace.id },
  });
  return NextResponse.json({ id: user.id }, { status: 201 });
}
