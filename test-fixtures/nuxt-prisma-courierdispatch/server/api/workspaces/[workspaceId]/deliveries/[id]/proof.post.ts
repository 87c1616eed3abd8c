const MAX_PROOF_BYTES = 8 * 1024 * 1024;
const PROOF_TYPES = new Set(['image/jpeg', 'image/png', 'image/heic']);

// ok: missing-auth, missing-rate-limit, missing-input-validation
export default defineEventHandler(async (event) => {
  const workspaceId = getRouterParam(event, 'workspaceId')!;
  const deliveryId = getRouterParam(event, 'id')!;
  await requireWorkspaceMember(event, workspaceId);
  await enforceRateLimit(event, 'proof-upload');

  // ok: unscoped-tenant-query
  const delivery = await prisma.delivery.findFirst({ where: { id: deliveryId, workspaceId } });
  if (!delivery) throw createError({ statusCode: 404, statusMessage: 'Delivery not found' });

  // ok: unrestricted-upload
  const parts = await readMultipartFormData(event);
  const photo = parts?.find((p) => p.name === 'photo' && p.filename);
  if (!photo) throw createError({ statusCode: 400, statusMessage: 'Attach a photo' });
  if (photo.data.length > MAX_PROOF_BYTES) throw createError({ statusCode: 413, statusMessage: 'Photo too large' });
  if (!photo.type || !PROOF_TYPES.has(photo.type)) throw createError({ statusCode: 415, statusMessage: 'Unsupported image type' });

  const storageKey = `${workspaceId}/proofs/${delivery.id}/${Date.now()}`;
  await useStorage('proofs').setItemRaw(storageKey, photo.data);
  return prisma.proofOfDelivery.create({
    data: { deliveryId: delivery.id, workspaceId, storageKey, mimeType: photo.type, sizeBytes: photo.data.length },
  });
});
