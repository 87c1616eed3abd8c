import type { Request, Response, NextFunction } from 'express';
import { authService } from '../services/auth.service';

export const authController = {
  async login(req: Request, res: Response, next: NextFunction) {
    try {
      const token = await authService.login(req.body.email, req.body.password);
      res.json({ token });
    } catch (err) {
      next(err);
    }
  },

  async signup(req: Request, res: Response) {
    const token = await authService.signup(req.body);
    res.status(201).json({ token });
  },

  async forgot(req: Request, res: Response) {
    await authService.requestReset(req.body.email);
    // same answer whether or not the address exists
    res.sendStatus(202);
  },

  async reset(req: Request, res: Response, next: NextFunction) {
    try {
      await authService.reset(req.body.token, req.body.password);
      res.sendStatus(204);
    } catch (err) {
      next(err);
    }
  },
};
