import { json, type ActionFunctionArgs } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { prisma } from "~/db.server";
import { requireUserId } from "~/services/session.server";

// only the delete intent asks who is signed in: a retry can be posted by anyone
// expect: missing-auth
export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = form.get("intent");

  if (intent === "delete") {
    const userId = await requireUserId(request);
    await prisma.job.deleteMany({
      where: { id: params.jobId, project: { organization: { members: { some: { userId } } } } },
    });
    return json({ deleted: true });
  }

  if (intent === "retry") {
    await prisma.job.update({ where: { id: params.jobId }, data: { status: "QUEUED" } });
    return json({ queued: true });
  }

  return json({ error: "Unknown intent" }, { status: 400 });
}

export default function JobActions() {
  return (
    <Form method="post">
      <button name="intent" value="retry">Retry</button>
      <button name="intent" value="delete">Delete</button>
    </Form>
  );
}
