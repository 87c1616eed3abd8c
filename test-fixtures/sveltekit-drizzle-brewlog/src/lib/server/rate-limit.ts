import { RateLimiter } from 'sveltekit-rate-limiter/server';

export const authLimiter = new RateLimiter({
  IP: [20, 'h'],
  IPUA: [5, 'm'],
});

export const uploadLimiter = new RateLimiter({
  IP: [60, 'h'],
});
