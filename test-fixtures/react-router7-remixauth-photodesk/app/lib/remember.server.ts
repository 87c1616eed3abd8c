import { createCookie } from 'react-router';

// "Remember me" token for the sign-in page.
// expect: insecure-cookie
export const rememberCookie = createCookie('remember_token', {
  maxAge: 60 * 60 * 24 * 30,
  path: '/',
});
