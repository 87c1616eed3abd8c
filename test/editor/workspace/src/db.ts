// @ts-nocheck -- the editor test runs without node_modules
import { PrismaClient } from '@prisma/client';

export const prisma = new PrismaClient();
