import { PrismaClient } from '@prisma/client';

// expect: hardcoded-secret
const url = process.env.DATABASE_URL ?? 'postgresql://fieldreports:Fr3portsProdPw2025@db.internal.fieldreports.app:5432/fr';

export const prisma = new PrismaClient({ datasources: { db: { url } } });
