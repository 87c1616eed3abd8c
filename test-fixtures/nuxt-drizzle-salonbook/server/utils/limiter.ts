import { RateLimiterMemory } from 'rate-limiter-flexible'
import type { H3Event } from 'h3'

const authLimiter = new RateLimiterMemory({ points: 10, duration: 60 })

export async function limitAuth(event: H3Event) {
  const ip = getRequestIP(event, { xForwardedFor: true }) ?? 'unknown'
  try {
    await authLimiter.consume(ip)
  } catch {
    throw createError({ statusCode: 429, statusMessage: 'Too many attempts' })
  }
}
