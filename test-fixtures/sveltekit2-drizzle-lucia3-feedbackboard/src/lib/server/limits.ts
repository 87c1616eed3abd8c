import { RateLimiter } from 'sveltekit-rate-limiter/server';

export const authLimiter = new RateLimiter({ IP: [10, 'm'], IPUA: [5, 'm'] });
export const uploadLimiter = new RateLimiter({ IP: [30, 'h'] });
