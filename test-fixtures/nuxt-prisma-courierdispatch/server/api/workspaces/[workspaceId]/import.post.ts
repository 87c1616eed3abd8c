import { randomBytes } from 'node:crypto';

// Bulk import of deliveries from a spreadsheet export (reference,pickup,dropoff,phone).
// expect: missing-rate-limit, missing-input-validation
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const workspaceId = getRouterParam(event, 'workspaceId')!;
  await requireWorkspaceMember(event, workspaceId, ['OWNER', 'DISPATCHER']);

  // expect: unrestricted-upload
  const parts = await readMultipartFormData(event);
  const csv = parts?.find((p) => p.name === 'file');
  if (!csv) throw createError({ statusCode: 400, statusMessage: 'Upload a CSV file' });

  const rows = csv.data.toString('utf8').split(/\r?\n/).slice(1).filter(Boolean);
  const data = rows.map((line) => {
    const [reference, pickupAddress, dropoffAddress, recipientPhone] = line.split(',');
    return { workspaceId, reference, pickupAddress, dropoffAddress, recipientPhone, trackingToken: randomBytes(16).toString('hex') };
  });
  const { count } = await prisma.delivery.createMany({ data, skipDuplicates: true });
  return { imported: count };
});
