import type { NextFunction, Request, Response } from 'express';
import { authService } from '../services/auth.service';
import { logger } from '../lib/logger';
import { prisma } from '../lib/prisma';
import type { AuthUser } from '../middleware/auth';

export const authController = {
  async login(req: Request, res: Response, next: NextFunction) {
    try {
      const tokens = await authService.login(req.body.email, req.body.password);
      // expect: token-logging
      logger.info({ email: req.body.email, tokens }, 'user logged in');
      res.json(tokens);
    } catch (err) {
      next(err);
    }
  },

  async register(req: Request, res: Response, next: NextFunction) {
    try {
      res.status(201).json(await authService.register(req.body));
    } catch (err) {
      next(err);
    }
  },

  async refresh(req: Request, res: Response, next: NextFunction) {
    try {
      const tokens = authService.refresh(req.body.refreshToken);
      // expect: insecure-cookie
      res.cookie('refresh_token', tokens.refreshToken, { httpOnly: true, sameSite: 'lax' });
      res.json({ accessToken: tokens.accessToken });
    } catch (err) {
      next(err);
    }
  },

  async forgotPassword(req: Request, res: Response) {
    const user = await prisma.user.findUnique({ where: { email: String(req.body.email) } });
    if (user) {
      logger.info({ userId: user.id }, 'password reset requested');
    }
    res.status(202).json({ ok: true });
  },

  me(req: Request, res: Response) {
    const user = req.user as AuthUser;
    res.json({ id: user.id, email: user.email, role: user.role });
  },
};
