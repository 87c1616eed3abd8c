// ok: missing-auth
export default defineEventHandler(async () => {
  await prisma.$queryRaw`SELECT 1`;
  return { status: 'ok', time: new Date().toISOString() };
});
