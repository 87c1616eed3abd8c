import { createCookie } from '@remix-run/node';

export const preferences = createCookie('prefs', {
  maxAge: 60 * 60 * 24 * 365,
  httpOnly: true,
  sameSite: 'lax',
  // the fallback signs cookies wherever PREFS_SECRET is not set
  // expect: hardcoded-secret
  secrets: [process.env.PREFS_SECRET ?? 'prefs-dev-secret'],
});

export const flash = createCookie('flash', {
  httpOnly: true,
  sameSite: 'lax',
  // ok: hardcoded-secret
  secrets: (process.env.FLASH_SECRETS ?? '').split(','),
});
