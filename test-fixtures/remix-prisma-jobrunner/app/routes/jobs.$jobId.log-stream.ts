import { prisma } from "~/db.server";
import { createEventStreamLoader } from "~/utils/sse.server";

// added for the live log view; nobody checks who is watching
// expect: missing-auth
export const loader = createEventStreamLoader({
  interval: 1000,
  handler: async ({ params, send }) => {
    const lines = await prisma.jobLog.findMany({ where: { jobId: params.jobId }, orderBy: { id: "desc" }, take: 50 });
    send("logs", lines);
  },
});
