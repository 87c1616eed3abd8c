import { Elysia } from 'elysia'
import { cors } from '@elysiajs/cors'
import { swagger } from '@elysiajs/swagger'
import { logger } from './lib/logger'
import { authRoutes } from './routes/auth'
import { showRoutes } from './routes/shows'
import { episodeRoutes } from './routes/episodes'
import { adminRoutes } from './routes/admin'
import { feedRoutes } from './routes/feeds'
import { webhookRoutes } from './routes/webhooks'
import { analyticsRoutes } from './routes/analytics'
import { embedTokens } from './plugins/embed'

const app = new Elysia({
  cookie: {
    secrets: Bun.env.COOKIE_SECRET,
    sign: ['session'],
  },
})
  .use(
    cors({
      // hosts without a scheme are matched as substrings: https://studio.podcasthost.app.attacker.io passes
      // ok: cors-wildcard
      origin: [
        'https://podcasthost.app',
        // expect: cors-wildcard
        'studio.podcasthost.app',
      ],
      credentials: true,
    }),
  )
  .use(swagger({ path: '/docs' }))
  .onRequest(({ request }) => {
    // expect: token-logging
    logger.debug({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers) }, 'incoming')
  })
  .onAfterResponse(({ request, set }) => {
    // ok: token-logging
    logger.info({ method: request.method, url: request.url, status: set.status }, 'done')
  })
  .onError(({ code, error, set }) => {
    if (code === 'VALIDATION') {
      set.status = 422
      return { error: 'Invalid request' }
    }
    set.status = 500
    // ok: error-details-leak
    return { error: 'Internal error', code }
  })
  .use(feedRoutes)
  .use(embedTokens)
  .use(webhookRoutes)
  .use(authRoutes)
  .use(showRoutes)
  .use(episodeRoutes)
  .use(adminRoutes)
  .use(analyticsRoutes)
  .listen(Number(Bun.env.PORT ?? 3000))

export type App = typeof app
