import { RateLimiterMemory } from 'rate-limiter-flexible'
import type { H3Event } from 'h3'

const loginLimiter = new RateLimiterMemory({ points: 5, duration: 60 })

/** Five attempts a minute per address; the sixth gets a 429. */
export async function limitLoginAttempts(event: H3Event) {
  const ip = getRequestIP(event, { xForwardedFor: true }) ?? 'unknown'
  try {
    await loginLimiter.consume(ip)
  } catch {
    throw createError({ statusCode: 429, statusMessage: 'Too many attempts, try again in a minute' })
  }
}
