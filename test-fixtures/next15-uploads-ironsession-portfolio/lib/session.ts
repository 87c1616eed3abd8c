import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';

export interface SessionData {
  userId?: string;
  email?: string;
}

// ok: insecure-cookie
export const sessionOptions: SessionOptions = {
  cookieName: 'portfolio_session',
  password: process.env.SESSION_SECRET as string,
};

// The preview site runs on plain http inside the office network.
// expect: insecure-cookie
export const previewSessionOptions: SessionOptions = {
  cookieName: 'portfolio_preview_session',
  password: process.env.PREVIEW_SESSION_SECRET as string,
  cookieOptions: { secure: false },
};

export async function getSession() {
  return getIronSession<SessionData>(await cookies(), sessionOptions);
}

export async function getPreviewSession() {
  return getIronSession<SessionData>(await cookies(), previewSessionOptions);
}
