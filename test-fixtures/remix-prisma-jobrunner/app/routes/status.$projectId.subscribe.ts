import { json } from "@remix-run/node";
import { z } from "zod";
import { prisma } from "~/db.server";
import { createFormRoute } from "~/services/apiRoute.server";

const { action } = createFormRoute(z.object({ jobId: z.string() }), async ({ body }) => {
  // the form route asks for no key: anyone can mark any job for a re-run
  const job = await prisma.job.update({ where: { id: body.jobId }, data: { status: "RETRY_REQUESTED" } });
  return json({ status: job.status });
});

// expect: missing-auth
export { action };
