import { RateLimiter } from 'sveltekit-rate-limiter/server';

export const resetLimiter = new RateLimiter({
  IP: [5, 'h'],
  IPUA: [3, 'm'],
});

export const exportLimiter = new RateLimiter({ IP: [10, 'h'] });
