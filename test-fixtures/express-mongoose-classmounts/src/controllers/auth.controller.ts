import express, { Request, Response } from 'express';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import type Controller from './controller';
import { User } from '../models/user.model';

const Credentials = z.object({ email: z.string().email(), password: z.string().min(10) });
const limiter = rateLimit({ windowMs: 10 * 60 * 1000, limit: 20 });

class AuthController implements Controller {
  public path = '/auth';
  public router = express.Router();

  constructor() {
    this.router.post('/signup', limiter, this.signup);
    this.router.post('/login', limiter, this.login);
  }

  private signup = async (req: Request, res: Response) => {
    const { email, password } = Credentials.parse(req.body);
    const user = await User.create({ email, passwordHash: await bcrypt.hash(password, 12) });
    res.status(201).json({ id: user.id });
  };

  private login = async (req: Request, res: Response) => {
    const { email, password } = Credentials.parse(req.body);
    const user = await User.findOne({ email });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) return res.status(401).json({ error: 'invalid credentials' });
    res.json({ token: jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET as string, { expiresIn: '2h' }) });
  };
}

export default AuthController;
