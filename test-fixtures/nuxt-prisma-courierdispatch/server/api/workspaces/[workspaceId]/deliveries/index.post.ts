import { randomBytes } from 'node:crypto';

// expect: missing-input-validation
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const workspaceId = getRouterParam(event, 'workspaceId')!;
  await requireWorkspaceMember(event, workspaceId, ['OWNER', 'DISPATCHER']);
  const body = await readBody(event);
  try {
    return await prisma.delivery.create({
      data: {
        ...body,
        workspaceId,
        trackingToken: randomBytes(16).toString('hex'),
      },
    });
  } catch (err: any) {
    // expect: error-details-leak
    throw createError({ statusCode: 500, statusMessage: 'Could not create delivery', message: err.message });
  }
});
