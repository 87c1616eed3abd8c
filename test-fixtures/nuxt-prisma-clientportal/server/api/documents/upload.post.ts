import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const user = event.context.user
  // expect: unrestricted-upload
  const parts = await readMultipartFormData(event)
  const file = parts?.find((p) => p.name === 'file')
  if (!file?.filename) throw createError({ statusCode: 400, statusMessage: 'No file' })

  const storageKey = `${user.orgId}/${randomUUID()}-${file.filename}`
  await writeFile(join(process.cwd(), 'uploads', storageKey), file.data)
  return prisma.document.create({
    data: { filename: file.filename, contentType: file.type ?? 'application/octet-stream', size: file.data.length, storageKey, orgId: user.orgId, uploadedBy: user.id },
  })
})
