import { RateLimiter } from 'sveltekit-rate-limiter/server';

export const signupLimiter = new RateLimiter({ IP: [5, 'h'], IPUA: [3, 'm'] });
export const uploadLimiter = new RateLimiter({ IP: [30, 'h'] });
