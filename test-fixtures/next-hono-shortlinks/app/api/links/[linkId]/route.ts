import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/auth';
import { ApiError, errorResponse } from '@/lib/errors';

const updateLinkSchema = z.object({ url: z.string().url().optional(), key: z.string().min(1).max(64).optional() });

// looks the link up among the owner's links: throws when it is not theirs
async function getLinkOrThrow({ linkId, userId }: { linkId: string; userId: string }) {
  // (reported for DELETE below, which hands it an owner from the body)
  // expect: unscoped-tenant-query
  const link = await prisma.link.findFirst({ where: { id: linkId, userId } });
  if (!link) throw new ApiError(404, 'link not found');
  return link;
}

export async function PATCH(req: Request, { params }: { params: Promise<{ linkId: string }> }) {
  const session = await getSession();
  if (!session?.user) return Response.json({ error: 'unauthorized' }, { status: 401 });
  const { linkId } = await params;
  try {
    await getLinkOrThrow({ linkId, userId: session.user.id });
    const data = updateLinkSchema.parse(await req.json());
    // ok: unscoped-tenant-query
    const link = await prisma.link.update({ where: { id: linkId }, data });
    return Response.json(link);
  } catch (err) {
    return errorResponse(err);
  }
}

export async function DELETE(req: Request, { params }: { params: Promise<{ linkId: string }> }) {
  const session = await getSession();
  if (!session?.user) return Response.json({ error: 'unauthorized' }, { status: 401 });
  const { linkId } = await params;
  const { ownerId } = (await req.json()) as { ownerId: string };
  try {
    // the owner comes from the body: the lookup proves nothing about the caller
    await getLinkOrThrow({ linkId, userId: ownerId });
    // expect: unscoped-tenant-query
    await prisma.link.delete({ where: { id: linkId } });
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err);
  }
}
