import Boom from '@hapi/boom';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import type { ServerRoute } from '@hapi/hapi';
import { prisma } from '../prisma.js';

const Login = z.object({ email: z.string().email(), password: z.string().min(8) });

export const authRoutes: ServerRoute[] = [
  // ok: missing-rate-limit
  {
    method: 'POST',
    path: '/auth/login',
    handler: async (request) => {
      const { email, password } = Login.parse(request.payload);
      const user = await prisma.user.findUnique({ where: { email } });
      if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
        throw Boom.unauthorized('Invalid credentials');
      }
      const token = jwt.sign({ sub: user.id }, process.env.JWT_KEY as string, { algorithm: 'HS256', expiresIn: '2h' });
      return { token };
    },
  },
  {
    method: 'GET',
    path: '/healthz',
    handler: () => ({ ok: true }),
  },
];
