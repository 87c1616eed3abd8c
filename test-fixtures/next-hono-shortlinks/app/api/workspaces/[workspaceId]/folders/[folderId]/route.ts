import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { withUser } from '@/lib/with-user';
import { getFolderOrThrow } from '@/lib/folders';
import { errorResponse } from '@/lib/errors';

const renameSchema = z.object({ name: z.string().min(1).max(80) });

export const PATCH = withUser(async ({ req, session, params }) => {
  const membership = await prisma.workspaceMember.findFirst({ where: { userId: session.user.id, workspaceId: params.workspaceId } });
  if (!membership) return Response.json({ error: 'not found' }, { status: 404 });
  try {
    // fetched by id, then compared with the member's workspace before anything is changed
    await getFolderOrThrow({ folderId: params.folderId, workspaceId: membership.workspaceId });
    const { name } = renameSchema.parse(await req.json());
    // ok: unscoped-tenant-query
    const folder = await prisma.folder.update({ where: { id: params.folderId }, data: { name } });
    return Response.json(folder);
  } catch (err) {
    return errorResponse(err);
  }
});

export const DELETE = withUser(async ({ params }) => {
  try {
    // compared with the workspace in the path, which nothing ties to the caller
    await getFolderOrThrow({ folderId: params.folderId, workspaceId: params.workspaceId });
    // expect: unscoped-tenant-query
    await prisma.folder.delete({ where: { id: params.folderId } });
    return new Response(null, { status: 204 });
  } catch (err) {
    return errorResponse(err);
  }
});
