import { RateLimiter } from 'sveltekit-rate-limiter/server';

export const resetLimiter = new RateLimiter({ IP: [5, 'h'], IPUA: [3, 'm'] });
export const uploadLimiter = new RateLimiter({ IP: [20, 'h'] });
