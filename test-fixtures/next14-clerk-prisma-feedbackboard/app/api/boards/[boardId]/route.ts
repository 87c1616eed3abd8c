import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { requireOrg, requireOrgAdmin, toResponse } from '@/lib/auth';

const patchSchema = z.object({
  name: z.string().min(1).max(80).optional(),
  description: z.string().max(500).nullable().optional(),
  isPublic: z.boolean().optional(),
});

type Params = { params: { boardId: string } };

// ok: missing-auth
export async function GET(_req: Request, { params }: Params) {
  try {
    const { orgId } = requireOrg();
    // ok: unscoped-tenant-query
    const board = await prisma.board.findFirst({ where: { id: params.boardId, orgId }, include: { posts: true } });
    if (!board) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    return NextResponse.json(board);
  } catch (err) {
    return toResponse(err);
  }
}

// ok: missing-input-validation
export async function PATCH(req: Request, { params }: Params) {
  try {
    const { orgId } = requireOrg();
    const data = patchSchema.parse(await req.json());
    // ok: unscoped-tenant-query
    const { count } = await prisma.board.updateMany({ where: { id: params.boardId, orgId }, data });
    if (!count) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    return NextResponse.json({ ok: true });
  } catch (err) {
    return toResponse(err);
  }
}

// ok: missing-role-check
export async function DELETE(_req: Request, { params }: Params) {
  try {
    const { orgId } = requireOrgAdmin();
    // ok: unscoped-tenant-query
    await prisma.board.deleteMany({ where: { id: params.boardId, orgId } });
    return new NextResponse(null, { status: 204 });
  } catch (err) {
    return toResponse(err);
  }
}
