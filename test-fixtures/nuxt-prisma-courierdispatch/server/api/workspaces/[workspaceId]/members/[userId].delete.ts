// expect: missing-role-check
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const workspaceId = getRouterParam(event, 'workspaceId')!;
  const userId = getRouterParam(event, 'userId')!;
  const { user } = await requireWorkspaceMember(event, workspaceId);
  if (userId === user.id) throw createError({ statusCode: 400, statusMessage: 'Leave the workspace from your profile instead' });
  // ok: unscoped-tenant-query
  await prisma.workspaceMember.delete({ where: { workspaceId_userId: { workspaceId, userId } } });
  setResponseStatus(event, 204);
  return null;
});
