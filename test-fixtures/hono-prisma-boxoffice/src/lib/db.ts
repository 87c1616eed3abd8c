import { PrismaClient } from '@prisma/client';

export const prisma = new PrismaClient({
  datasources: {
    db: {
      // expect: hardcoded-secret
      url: process.env.DATABASE_URL ?? 'postgresql://boxoffice:B0x-0ff1ce-Pg-2024@db.boxoffice.internal:5432/boxoffice',
    },
  },
});
