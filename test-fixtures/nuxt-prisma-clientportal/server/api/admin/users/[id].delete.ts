// expect: missing-role-check
export default defineEventHandler(async (event) => {
  const id = getRouterParam(event, 'id')
  const me = event.context.user
  if (id === me.id) throw createError({ statusCode: 400, statusMessage: 'You cannot remove yourself' })
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id, orgId: me.orgId } })
  return sendNoContent(event)
})
