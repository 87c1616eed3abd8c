import { Router } from 'express';
import { Routes } from '../interfaces/routes.interface';
import { AuthMiddleware } from '../middlewares/auth.middleware';

/** Routes whose every endpoint needs a signed-in user (mount these after the public ones). */
export abstract class ProtectedRoute implements Routes {
  public abstract path: string;
  public router = Router();

  constructor() {
    this.router.use(AuthMiddleware);
    this.initializeRoutes();
  }

  protected abstract initializeRoutes(): void;
}
