import { createRouter, defineEventHandler, useBase } from 'h3';

const router = createRouter();

// expect: missing-auth
router.get('/members', defineEventHandler(async () => {
  return prisma.member.findMany({ take: 100 });
}));

// ok: missing-auth
router.get('/status', defineEventHandler(() => ({ status: 'ok' })));

export default useBase('/api/v2', router.handler);
