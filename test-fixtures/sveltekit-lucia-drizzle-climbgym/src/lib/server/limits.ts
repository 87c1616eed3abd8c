import { RateLimiter } from 'sveltekit-rate-limiter/server';

export const authLimiter = new RateLimiter({
  IP: [10, 'h'],
  IPUA: [5, 'm'],
});

export const resetLimiter = new RateLimiter({
  IP: [5, 'h'],
});
