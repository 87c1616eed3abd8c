// memberId from the form goes unchecked into the storage key and the row
// expect: missing-rate-limit, missing-input-validation
export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  // expect: unrestricted-upload
  const parts = await readMultipartFormData(event);
  const file = parts?.find((p) => p.name === 'avatar');
  const memberId = parts?.find((p) => p.name === 'memberId')?.data.toString();
  if (!file || !memberId) throw createError({ statusCode: 400 });
  const key = `avatars/${user.gymId}/${memberId}`;
  await useStorage('uploads').setItemRaw(key, file.data);
  // ok: unscoped-tenant-query
  await prisma.member.updateMany({ where: { id: memberId, gymId: user.gymId }, data: { avatarKey: key } });
  return { key };
});
