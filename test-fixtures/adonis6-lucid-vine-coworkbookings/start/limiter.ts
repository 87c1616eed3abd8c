import limiter from '@adonisjs/limiter/services/main'

export const throttle = limiter.define('login', (ctx) => {
  return limiter.allowRequests(5).every('1 minute').usingKey(`login_${ctx.request.ip()}`)
})
