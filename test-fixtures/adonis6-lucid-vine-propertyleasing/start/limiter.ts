import limiter from '@adonisjs/limiter/services/main'

export const loginThrottle = limiter.define('login', (ctx) => {
  return limiter
    .allowRequests(5)
    .every('1 minute')
    .usingKey(`login_${ctx.request.ip()}`)
    .blockFor('15 minutes')
})

export const apiThrottle = limiter.define('api', (ctx) => {
  return ctx.auth.user
    ? limiter.allowRequests(300).every('1 minute').usingKey(`user_${ctx.auth.user.id}`)
    : limiter.allowRequests(30).every('1 minute').usingKey(`ip_${ctx.request.ip()}`)
})
