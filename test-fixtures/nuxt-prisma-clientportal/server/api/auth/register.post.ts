import bcrypt from 'bcryptjs'

// expect: missing-rate-limit, missing-input-validation
export default defineEventHandler(async (event) => {
  const body = await readBody(event)
  // expect: token-logging
  console.info('new registration', body)

  const passwordHash = await bcrypt.hash(body.password, 12)
  const org = await prisma.organization.create({
    data: {
      name: body.company,
      users: { create: { email: body.email, name: body.name, passwordHash, role: 'admin' } },
    },
    include: { users: true },
  })

  const owner = org.users[0]
  await setUserSession(event, { user: { id: owner.id, name: owner.name, email: owner.email, role: owner.role, orgId: org.id } })
  setResponseStatus(event, 201)
  return { id: org.id }
})
