import express, { Request, Response } from 'express';
import rateLimit from 'express-rate-limit';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import type { Controller } from '../interfaces';
import { User } from '../models/user.model';

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20 });

export class AuthController implements Controller {
  public path = '/auth';
  public router = express.Router();

  constructor() {
    // ok: missing-rate-limit
    this.router.post(`${this.path}/login`, loginLimiter, this.login);
    // expect: missing-rate-limit, missing-input-validation
    this.router.post(`${this.path}/register`, this.register);
  }

  private login = async (req: Request, res: Response) => {
    const { password, ...attempt } = req.body;
    // ok: token-logging
    console.info('login attempt', attempt);
    const user = await User.findOne({ email: req.body.email }).select('+password');
    if (!user || !(await bcrypt.compare(password, user.password as string))) return res.status(401).json({ message: 'wrong credentials' });
    const token = jwt.sign({ _id: user._id, role: user.role }, process.env.JWT_SECRET as string, { expiresIn: '1h' });
    res.cookie('Authorization', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3600 * 1000 });
    res.json({ _id: user._id });
  };

  private register = async (req: Request, res: Response) => {
    // expect: token-logging
    console.log('register', req.body);
    const { email, password } = req.body;
    const user = await User.create({ email, password: await bcrypt.hash(password, 10) });
    res.status(201).json({ _id: user._id });
  };
}
