import { RateLimiter } from 'sveltekit-rate-limiter/server';

// Shared by the login and password-reset forms: 5 tries a minute per IP + user agent, 20 an hour per IP.
export const credentialLimiter = new RateLimiter({
  IP: [20, 'h'],
  IPUA: [5, 'm'],
});
