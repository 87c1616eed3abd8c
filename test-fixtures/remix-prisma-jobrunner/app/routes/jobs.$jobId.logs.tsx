import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { prisma } from "~/db.server";
import { assertJobAccess } from "~/services/membership.server";
import { requireUserId } from "~/services/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  await assertJobAccess(userId, params.jobId!);
  // ok: unscoped-tenant-query
  const logs = await prisma.jobLog.findMany({ where: { jobId: params.jobId } });
  return json({ logs });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await request.formData();
  const intent = form.get("intent");

  if (intent === "download") {
    // returned before the access check below runs
    // expect: unscoped-tenant-query
    const logs = await prisma.jobLog.findMany({ where: { jobId: params.jobId } });
    return new Response(logs.map((l) => l.message).join("\n"), { headers: { "Content-Type": "text/plain" } });
  }

  await assertJobAccess(userId, params.jobId!);
  // ok: unscoped-tenant-query
  await prisma.jobLog.deleteMany({ where: { jobId: params.jobId } });
  return json({ cleared: true });
}

export default function JobLogs() {
  const { logs } = useLoaderData<typeof loader>();
  return (
    <Form method="post">
      <pre>{logs.map((l) => l.message).join("\n")}</pre>
      <button name="intent" value="download">Download</button>
      <button name="intent" value="clear">Clear</button>
    </Form>
  );
}
