import { Account } from '../../models'

// expect: missing-input-validation
export default defineEventHandler(async (event) => {
  const session = await requireSession(event)
  const changes = await readBody(event)
  return Account.findByIdAndUpdate(session.user.accountId, changes, { new: true }).lean()
})
