import type { SessionOptions } from 'iron-session';

export interface ShopSession {
  customerId?: string;
  cart?: { sku: string; qty: number }[];
}

// iron-session seals the cookie with this password: whoever knows it can forge any customer's session
export const sessionOptions: SessionOptions = {
  cookieName: 'corner_shop',
  // expect: hardcoded-secret
  password: 'complex_password_at_least_32_characters_long',
  cookieOptions: {
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'lax',
  },
};

export const staffSessionOptions: SessionOptions = {
  cookieName: 'corner_staff',
  // ok: hardcoded-secret
  password: { 2: process.env.STAFF_SESSION_PASSWORD_V2 as string, 1: process.env.STAFF_SESSION_PASSWORD_V1 as string },
  cookieOptions: { httpOnly: true, secure: true, sameSite: 'strict' },
};

// the storefront preview shares its session with the preview iframe's script: readable by any script on the page
// expect: insecure-cookie
export const previewSessionOptions: SessionOptions = {
  cookieName: 'corner_preview',
  password: process.env.PREVIEW_SESSION_PASSWORD as string,
  cookieOptions: { httpOnly: false, sameSite: 'none', secure: true },
};
