import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { GraphQLError } from 'graphql';
import { prisma } from '../../lib/prisma';

export const sessionResolvers = {
  Mutation: {
    // expect: missing-rate-limit
    login: async (_parent: unknown, { email, password }: { email: string; password: string }) => {
      const user = await prisma.user.findUnique({ where: { email } });
      if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
        throw new GraphQLError('Invalid email or password', { extensions: { code: 'UNAUTHENTICATED' } });
      }
      // expect: token-logging
      console.info('login', { email, password });
      return jwt.sign({ id: user.id, organizationId: user.organizationId, role: user.role }, process.env.JWT_SECRET!, { expiresIn: '8h' });
    },
  },
};
