import { NextResponse } from 'next/server';
import { z } from 'zod';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

// ok: missing-auth
export const GET = auth(async function GET(req) {
  if (!req.auth?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const matters = await prisma.matter.findMany({ where: { firmId: req.auth.user.firmId } });
  return NextResponse.json(matters);
});

const NewMatter = z.object({ title: z.string().min(3).max(200), clientId: z.string().cuid(), firmId: z.string().cuid() });

// auth() hands the session over; nothing checks it, and the firm comes from the body
// expect: missing-auth
export const POST = auth(async (req) => {
  const body = NewMatter.parse(await req.json());
  const matter = await prisma.matter.create({ data: body });
  return NextResponse.json(matter, { status: 201 });
});
