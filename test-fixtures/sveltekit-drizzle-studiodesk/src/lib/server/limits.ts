import { RateLimiter } from 'sveltekit-rate-limiter/server';

export const loginLimiter = new RateLimiter({ IP: [10, '15m'], IPUA: [5, 'm'] });
export const uploadLimiter = new RateLimiter({ IP: [30, 'm'] });
