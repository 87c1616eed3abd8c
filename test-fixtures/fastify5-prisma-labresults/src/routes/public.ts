import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma.js';

const PANELS = [
  { code: 'CBC', name: 'Complete blood count' },
  { code: 'BMP', name: 'Basic metabolic panel' },
  { code: 'LIPID', name: 'Lipid panel' },
];

export default async function publicRoutes(app: FastifyInstance) {
  // ok: missing-auth
  app.get('/health', async () => {
    await prisma.$queryRaw`SELECT 1`;
    return { status: 'ok' };
  });

  // ok: missing-auth
  app.get('/api/panels', async () => PANELS);
}
