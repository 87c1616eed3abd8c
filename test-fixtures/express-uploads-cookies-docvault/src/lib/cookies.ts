import type { CookieOptions } from 'express';

// shared cookie settings for every auth cookie the API sets
export const authCookie: CookieOptions = { httpOnly: true, secure: true, sameSite: 'strict', path: '/' };
