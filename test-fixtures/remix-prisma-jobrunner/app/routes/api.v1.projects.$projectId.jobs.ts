import { json } from "@remix-run/node";
import { z } from "zod";
import { prisma } from "~/db.server";
import { createActionApiRoute } from "~/services/apiRoute.server";

// ok: missing-auth
export const { action } = createActionApiRoute(
  { body: z.object({ payload: z.record(z.unknown()) }) },
  async ({ params, authentication }) => {
    const project = await prisma.project.findFirst({
      where: { id: params.projectId, organizationId: authentication.organizationId },
    });
    if (!project) return json({ error: "Not found" }, { status: 404 });
    const job = await prisma.job.create({ data: { projectId: project.id, organizationId: project.organizationId, status: "QUEUED" } });
    return json({ id: job.id }, { status: 201 });
  }
);
