import { RateLimiterMemory } from 'rate-limiter-flexible';

const limiter = new RateLimiterMemory({ points: 5, duration: 60 });

export async function rateLimit(request: Request) {
  const ip = request.headers.get('x-forwarded-for') ?? 'local';
  try {
    await limiter.consume(ip);
  } catch {
    throw new Response('Too many requests', { status: 429 });
  }
}
