import bcrypt from 'bcryptjs';
import { prisma } from '../../context';

export default {
  Mutation: {
    // expect: missing-rate-limit
    register: async (_: unknown, args: { email: string; password: string; organizationName: string }) => {
      const organization = await prisma.organization.create({ data: { name: args.organizationName } });
      // ok: unscoped-tenant-query
      const user = await prisma.user.create({ data: { email: args.email, passwordHash: await bcrypt.hash(args.password, 12), organizationId: organization.id } });
      return user.id;
    },
  },
};
