import vine from '@vinejs/vine'

export const registerValidator = vine.compile(
  vine.object({
    companyName: vine.string().trim().minLength(2).maxLength(120),
    fullName: vine.string().trim().maxLength(120),
    email: vine.string().email().normalizeEmail(),
    password: vine.string().minLength(10).maxLength(200),
  })
)

export const loginValidator = vine.compile(
  vine.object({
    email: vine.string().email(),
    password: vine.string(),
  })
)

export const inviteValidator = vine.compile(
  vine.object({
    email: vine.string().email(),
    role: vine.enum(['member', 'manager']),
  })
)

export const roleValidator = vine.compile(
  vine.object({
    role: vine.enum(['member', 'manager', 'owner']),
  })
)

export const documentValidator = vine.compile(
  vine.object({
    document: vine.file({ size: '10mb', extnames: ['pdf', 'png', 'jpg'] }),
  })
)
