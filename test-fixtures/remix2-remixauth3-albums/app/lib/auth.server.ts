import { Authenticator } from 'remix-auth';
import { createCookieSessionStorage } from '@remix-run/node';
export const sessionStorage = createCookieSessionStorage({ cookie: { name: '_s', httpOnly: true, secure: true, sameSite: 'lax', secrets: [process.env.SESSION_SECRET!] } });
export const authenticator = new Authenticator<{ id: string; workspaceId: string }>(sessionStorage);
