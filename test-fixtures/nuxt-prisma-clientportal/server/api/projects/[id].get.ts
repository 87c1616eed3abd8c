export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id')
  const { orgId } = event.context.user
  // ok: unscoped-tenant-query
  const project = await prisma.project.findFirst({ where: { id, orgId } })
  if (!project) throw createError({ statusCode: 404, statusMessage: 'Project not found' })
  return project
})
