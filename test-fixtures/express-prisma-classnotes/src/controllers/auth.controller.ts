import { Router, Request, Response, NextFunction } from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import rateLimit from 'express-rate-limit';
import { z } from 'zod';
import type { Controller } from '../interfaces/controller.interface';
import { HttpException } from '../exceptions/HttpException';
import { prisma } from '../utils/prisma';

const credentials = z.object({ email: z.string().email(), password: z.string().min(8).max(200) });
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

class AuthController implements Controller {
  public path = '/auth';
  public router = Router();

  constructor() {
    this.initializeRoutes();
  }

  private initializeRoutes() {
    this.router.post(`${this.path}/register`, loginLimiter, this.register);
    this.router.post(`${this.path}/login`, loginLimiter, this.login);
  }

  private register = async (req: Request, res: Response) => {
    const { email, password } = credentials.parse(req.body);
    const user = await prisma.user.create({ data: { email, password: await bcrypt.hash(password, 12) } });
    res.status(201).json({ id: user.id, email: user.email });
  };

  private login = async (req: Request, res: Response, next: NextFunction) => {
    const { email, password } = credentials.parse(req.body);
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.password))) return next(new HttpException(401, 'Wrong credentials'));
    const token = jwt.sign({ id: user.id, role: user.role }, process.env.JWT_SECRET as string, { expiresIn: '1h' });
    res.cookie('Authorization', token, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 3600 * 1000 });
    res.json({ id: user.id });
  };
}

export default AuthController;
