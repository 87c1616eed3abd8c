import { Limiter } from '@adonisjs/limiter/build/services'

export const { httpLimiters } = Limiter.define('global', () => {
  return Limiter.allowRequests(300).every('1 min')
}).define('uploads', ({ auth }) => {
  return Limiter.allowRequests(10).every('1 min').usingKey(`uploads_${auth.user!.id}`)
})
