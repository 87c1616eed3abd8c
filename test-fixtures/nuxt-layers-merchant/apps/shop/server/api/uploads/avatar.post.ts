import { Account } from '../../models'

const MAX_AVATAR_BYTES = 2 * 1024 * 1024
const ALLOWED_TYPES = ['image/png', 'image/jpeg', 'image/webp']

// ok: missing-rate-limit
export default defineEventHandler(async (event) => {
  const session = await requireSession(event)
  // ok: unrestricted-upload
  const form = await readMultipartFormData(event)
  const file = form?.find((part) => part.name === 'avatar')
  if (!file || !ALLOWED_TYPES.includes(file.type ?? '')) throw createError({ statusCode: 415 })
  if (file.data.length > MAX_AVATAR_BYTES) throw createError({ statusCode: 413 })
  const key = `avatars/${session.user.accountId}`
  await useStorage('uploads').setItemRaw(key, file.data)
  await Account.updateOne({ _id: session.user.accountId }, { avatarUrl: `/media/${key}` })
  return { url: `/media/${key}` }
})
