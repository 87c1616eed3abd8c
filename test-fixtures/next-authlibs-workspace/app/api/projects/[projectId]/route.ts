import { NextResponse } from 'next/server';
import { withWorkspace } from '@/lib/with-workspace';
import { prisma } from '@/lib/prisma';

// ok: missing-auth
export const GET = withWorkspace(async (_req, { workspace, params }) => {
  // ok: unscoped-tenant-query
  const project = await prisma.project.findFirst({ where: { id: params.projectId, workspaceId: workspace.id } });
  return project ? NextResponse.json(project) : NextResponse.json({ error: 'not found' }, { status: 404 });
});

// ok: missing-auth
export const DELETE = withWorkspace(async (_req, { params }) => {
  // expect: unscoped-tenant-query
  await prisma.project.delete({ where: { id: params.projectId } });
  return new NextResponse(null, { status: 204 });
});
