import { RateLimiter } from 'sveltekit-rate-limiter/server';

export const authLimiter = new RateLimiter({
  IP: [10, '15m'],
  IPUA: [5, 'm'],
});
