import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { projectBillingPath } from "~/utils/paths";

const ParamsSchema = z.object({ projectId: z.string() });

// billing moved into the settings page: this only sends old links there (the settings loader checks the session)
// ok: missing-auth
export const loader = async ({ params }: LoaderFunctionArgs) => {
  const { projectId } = ParamsSchema.parse(params);
  return redirect(projectBillingPath(projectId));
};
