import { Router, Request, Response } from 'express';
import type { Controller } from '../interfaces/controller.interface';

class HealthController implements Controller {
  public path = '/health';
  public router = Router();

  constructor() {
    // ok: missing-auth
    this.router.get(this.path, this.check);
  }

  private check = (_req: Request, res: Response) => {
    res.json({ ok: true, uptime: process.uptime() });
  };
}

export default HealthController;
