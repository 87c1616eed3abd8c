import { json } from "@remix-run/node";
import { z } from "zod";
import { prisma } from "~/db.server";
import { createActionApiRoute } from "~/services/apiRoute.server";

const { action, loader } = createActionApiRoute(
  { body: z.object({ reason: z.string().max(200).optional() }) },
  async ({ params, body, authentication }) => {
    // ok: unscoped-tenant-query
    const result = await prisma.job.updateMany({
      where: { id: params.jobId, organizationId: authentication.organizationId },
      data: { status: body.reason ? `CANCELED: ${body.reason}` : "CANCELED" },
    });
    if (result.count === 0) return json({ error: "Not found" }, { status: 404 });
    return json({ ok: true });
  }
);

// ok: missing-auth
export { action, loader };
