import { prisma } from "~/db.server";
import { createSnapshotLoader } from "~/utils/sse.server";

// the polling twin of the log stream, with the same mistake
// expect: missing-auth
export const loader = createSnapshotLoader({
  handler: async ({ params }) => prisma.jobLog.findMany({ where: { jobId: params.jobId }, orderBy: { id: "desc" }, take: 50 }),
});
