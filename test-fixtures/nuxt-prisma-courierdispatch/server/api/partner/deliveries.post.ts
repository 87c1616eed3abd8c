import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const schema = z.object({
  reference: z.string().min(1).max(64),
  pickupAddress: z.string().min(5),
  dropoffAddress: z.string().min(5),
  recipientPhone: z.string().optional(),
});

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const partner = requirePartner(event);
  const input = await readValidatedBody(event, schema.parse);
  return prisma.delivery.create({
    data: { ...input, workspaceId: partner.workspaceId, trackingToken: randomBytes(16).toString('hex') },
  });
});
