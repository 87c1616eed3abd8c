import { getServerSession } from 'next-auth';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/db';

type Ctx = { params: { planId: string } };

const Weeks = z.array(z.object({ week: z.number().int().min(1).max(52), sessions: z.array(z.string().max(500)).max(14) })).max(52);

// "plans" here are a client's training plans, not pricing plans: the middleware does not cover
// /api/plans and this handler reads a studio's data for anyone who knows an id
// expect: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const plan = await prisma.plan.findUnique({ where: { id: params.planId }, include: { client: { select: { name: true } } } });
  if (!plan) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(plan);
}

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const weeks = Weeks.parse((await req.json()).weeks);
  // ok: unscoped-tenant-query
  const plan = await prisma.plan.update({ where: { id: params.planId, studioId: session.user.studioId }, data: { weeks } });
  return NextResponse.json(plan);
}
