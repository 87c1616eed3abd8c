// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const user = await requireUser(event);
  // expect: unrestricted-upload
  const parts = await readMultipartFormData(event);
  const file = parts?.find((p) => p.name === 'avatar');
  if (!file) throw createError({ statusCode: 400, statusMessage: 'No file' });
  await prisma.user.update({ where: { id: user.id }, data: { avatar: file.data } });
  return { ok: true };
});
