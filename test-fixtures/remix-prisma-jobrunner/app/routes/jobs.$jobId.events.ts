import { prisma } from "~/db.server";
import { assertJobAccess } from "~/services/membership.server";
import { requireUserId } from "~/services/session.server";
import { createEventStreamLoader } from "~/utils/sse.server";

// the stream's handler checks the session and the caller's access to the job before it reads
// ok: missing-auth
export const loader = createEventStreamLoader({
  interval: 2000,
  handler: async ({ request, params, send }) => {
    const userId = await requireUserId(request);
    await assertJobAccess(userId, params.jobId!);
    // ok: unscoped-tenant-query
    const job = await prisma.job.findUnique({ where: { id: params.jobId }, select: { status: true, progress: true } });
    send("status", job);
  },
});
