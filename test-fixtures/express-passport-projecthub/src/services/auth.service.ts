import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { prisma } from '../lib/prisma';
import { AppError } from '../lib/errors';
import { JWT_SECRET } from '../config/passport';

export const authService = {
  async login(email: string, password: string) {
    const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      throw new AppError(401, 'Invalid email or password');
    }
    return this.issue(user.id);
  },

  async register(input: { companyName: string; name: string; email: string; password: string }) {
    const company = await prisma.company.create({ data: { name: input.companyName } });
    const user = await prisma.user.create({
      data: {
        companyId: company.id,
        name: input.name,
        email: input.email.toLowerCase(),
        passwordHash: await bcrypt.hash(input.password, 12),
        role: 'admin',
      },
    });
    return this.issue(user.id);
  },

  issue(userId: string) {
    const accessToken = jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: '15m' });
    const refreshToken = jwt.sign({ sub: userId, typ: 'refresh' }, JWT_SECRET, { expiresIn: '30d' });
    return { accessToken, refreshToken };
  },

  refresh(refreshToken: string) {
    // expect: insecure-jwt
    const payload = jwt.verify(refreshToken, JWT_SECRET, { ignoreExpiration: true }) as jwt.JwtPayload;
    if (payload.typ !== 'refresh') throw new AppError(401, 'Not a refresh token');
    return this.issue(String(payload.sub));
  },
};
