import { z } from 'zod'

const NewProject = z.object({
  name: z.string().min(1).max(120),
  description: z.string().max(2000).optional(),
})

export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event)
  const input = await readValidatedBody(event, NewProject.parse)
  // ok: missing-input-validation
  const project = await prisma.project.create({ data: { ...input, orgId: user.orgId } })
  setResponseStatus(event, 201)
  return project
})
