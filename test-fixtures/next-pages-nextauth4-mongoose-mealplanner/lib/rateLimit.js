import { RateLimiterMemory } from 'rate-limiter-flexible';

const limiter = new RateLimiterMemory({ points: 5, duration: 60 });

export async function rateLimited(req, res) {
  const ip = req.headers['x-forwarded-for']?.split(',')[0] || req.socket.remoteAddress;
  try {
    await limiter.consume(ip);
    return false;
  } catch {
    res.status(429).json({ error: 'Too many requests' });
    return true;
  }
}
