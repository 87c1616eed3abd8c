import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { prisma } from "~/db.server";
import { assertProjectMember } from "~/services/membership.server";
import { requireUserId } from "~/services/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const project = await assertProjectMember(userId, params.projectId!);
  return json({ project });
}

// only the archive intent checks membership on its own path
// expect: missing-input-validation
export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await request.formData();
  const intent = form.get("intent");

  switch (intent) {
    case "archive": {
      await assertProjectMember(userId, params.projectId!);
      // ok: unscoped-tenant-query
      await prisma.project.update({ where: { id: params.projectId }, data: { archived: true } });
      return redirect("/projects");
    }
    case "rename": {
      // the membership check of the archive branch does not run for a rename
      // expect: unscoped-tenant-query
      await prisma.project.update({ where: { id: params.projectId }, data: { name: String(form.get("name")) } });
      return json({ ok: true });
    }
    default:
      return json({ error: "Unknown intent" }, { status: 400 });
  }
}

export default function ProjectSettings() {
  const { project } = useLoaderData<typeof loader>();
  return (
    <Form method="post">
      <input name="name" defaultValue={project.name} />
      <button name="intent" value="rename">Rename</button>
      <button name="intent" value="archive">Archive</button>
    </Form>
  );
}
