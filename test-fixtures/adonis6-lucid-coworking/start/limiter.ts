import limiter from '@adonisjs/limiter/services/main'

export const throttle = limiter.define('global', () => {
  return limiter.allowRequests(60).every('1 minute')
})

export const authThrottle = limiter.define('auth', (ctx) => {
  return limiter.allowRequests(5).every('1 minute').usingKey(`auth_${ctx.request.ip()}`)
})
