// expect: missing-input-validation
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id')
  const changes = await readBody(event)
  // expect: unscoped-tenant-query
  return prisma.project.update({ where: { id }, data: changes })
})
