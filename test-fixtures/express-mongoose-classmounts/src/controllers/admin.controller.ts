import express, { Request, Response } from 'express';
import type Controller from './controller';
import { requireAdmin } from '../middleware/auth';
import { User } from '../models/user.model';

class AdminController implements Controller {
  public path = '/admin';
  public router = express.Router();

  constructor() {
    this.router.get('/users', requireAdmin, this.listUsers);
    // expect: missing-role-check
    // ok: missing-auth
    this.router.delete('/users/:id', this.deleteUser);
  }

  private listUsers = async (_req: Request, res: Response) => {
    res.json(await User.find({}, { email: 1, role: 1 }));
  };

  private deleteUser = async (req: Request, res: Response) => {
    await User.findByIdAndDelete(req.params.id);
    res.sendStatus(204);
  };
}

export default AdminController;
