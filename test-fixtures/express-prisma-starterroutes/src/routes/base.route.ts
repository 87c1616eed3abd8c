import { Router } from 'express';
import { Routes } from '../interfaces/routes.interface';

export abstract class BaseRoute implements Routes {
  public abstract path: string;
  public router = Router();

  constructor() {
    this.initializeRoutes();
  }

  protected abstract initializeRoutes(): void;
}
