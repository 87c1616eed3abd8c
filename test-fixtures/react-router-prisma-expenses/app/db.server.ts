import { PrismaClient } from "@prisma/client";

declare global {
  // eslint-disable-next-line no-var
  var __prisma: PrismaClient | undefined;
}

// one client across dev-server reloads
export const prisma = globalThis.__prisma ?? (globalThis.__prisma = new PrismaClient());
