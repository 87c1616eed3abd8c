import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { prisma } from "~/db.server";

// expect: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const notes = await prisma.note.findMany({ where: { title: { contains: q } }, take: 50 });
  return json({ notes });
}

export default function NotesIndex() {
  const { notes } = useLoaderData<typeof loader>();
  return <ul>{notes.map((n) => <li key={n.id}>{n.title}</li>)}</ul>;
}
