import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { prisma } from "~/db.server";
import { requireUserId } from "~/utils/session.server";

// ok: missing-auth
export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  // ok: unscoped-tenant-query
  const note = await prisma.note.findFirst({ where: { id: params.noteId, userId } });
  if (!note) throw new Response("Not found", { status: 404 });
  return json({ note });
}

// ok: missing-auth
export async function action({ request, params }: ActionFunctionArgs) {
  await requireUserId(request);
  // expect: unscoped-tenant-query
  await prisma.note.delete({ where: { id: params.noteId } });
  return redirect("/notes");
}

export default function NotePage() {
  const { note } = useLoaderData<typeof loader>();
  return <article><h1>{note.title}</h1><p>{note.body}</p></article>;
}
