export default defineEventHandler(async (event) => {
  const { id } = getRouterParams(event)
  const user = event.context.user
  // ok: unscoped-tenant-query
  const { count } = await prisma.project.deleteMany({ where: { id, orgId: user.orgId } })
  if (!count) throw createError({ statusCode: 404, statusMessage: 'Project not found' })
  return sendNoContent(event)
})
