import { writeFile } from 'node:fs/promises'

const MAX_BYTES = 2 * 1024 * 1024
const ALLOWED = ['image/png', 'image/jpeg', 'image/webp']

// ok: missing-auth, missing-rate-limit
export default defineEventHandler(async (event) => {
  const owner = await requireOwner(event)
  await limitAuth(event)
  // ok: unrestricted-upload
  const parts = await readMultipartFormData(event)
  const logo = parts?.find((p) => p.name === 'logo')
  if (!logo || !logo.type || !ALLOWED.includes(logo.type)) {
    throw createError({ statusCode: 415, statusMessage: 'PNG, JPEG or WebP only' })
  }
  if (logo.data.length > MAX_BYTES) {
    throw createError({ statusCode: 413, statusMessage: 'Logo too large' })
  }
  await writeFile(`public/logos/${owner.salonId}.${logo.type.split('/')[1]}`, logo.data)
  return { ok: true }
})
