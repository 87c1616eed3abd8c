import { json, type ActionFunctionArgs } from "@remix-run/node";
import { prisma } from "~/db.server";

// whoever holds the share link's token may leave a reaction on the shared note
// ok: missing-auth
export async function action({ params }: ActionFunctionArgs) {
  const link = await prisma.shareLink.findFirst({ where: { token: params.token } });
  if (!link) throw new Response("Not found", { status: 404 });
  const note = await prisma.note.update({ where: { id: link.noteId }, data: { updatedAt: new Date() } });
  return json({ id: note.id });
}
