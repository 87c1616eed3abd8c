import type { CookieOptions, Request, Response } from 'express';
import { config } from '../config/index.js';
import { authService } from '../services/auth.service.js';

const refreshCookieOptions: CookieOptions = {
  httpOnly: true,
  secure: config.isProd,
  sameSite: 'strict',
  signed: true,
  path: '/api/auth',
  maxAge: config.refreshTokenTtlDays * 86_400_000,
};

function sendSession(res: Response, tokens: { accessToken: string; refreshToken: string }) {
  // ok: insecure-cookie
  res.cookie('refresh_token', tokens.refreshToken, refreshCookieOptions);
  // the SPA reads the access token from this cookie
  // expect: insecure-cookie
  res.cookie('lab_session', tokens.accessToken, { httpOnly: false, sameSite: 'lax', signed: true, maxAge: 15 * 60_000 });
  res.json({ accessToken: tokens.accessToken });
}

export const authController = {
  async login(req: Request, res: Response) {
    const { email, password } = req.body;
    sendSession(res, await authService.login(email, password));
  },

  async register(req: Request, res: Response) {
    sendSession(res, await authService.register(req.body));
  },

  async refresh(req: Request, res: Response) {
    const presented = req.signedCookies.refresh_token as string | undefined;
    if (!presented) return res.status(401).json({ error: 'No session' });
    sendSession(res, await authService.refresh(presented));
  },

  logout(_req: Request, res: Response) {
    res.clearCookie('refresh_token', { path: '/api/auth' });
    res.clearCookie('lab_session');
    res.status(204).end();
  },

  async acceptInvite(req: Request, res: Response) {
    const { token, name, password } = req.body;
    sendSession(res, await authService.acceptInvite(token, name, password));
  },

  async forgotPassword(_req: Request, res: Response) {
    // the mail is sent by the identity worker; always answer the same way
    res.status(202).json({ ok: true });
  },
};
