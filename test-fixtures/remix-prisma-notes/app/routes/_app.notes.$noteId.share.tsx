import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { prisma } from "~/db.server";
import { authenticator } from "~/utils/auth.server";

// ok: missing-auth
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await authenticator.isAuthenticated(request, { failureRedirect: "/login" });
  // remix-auth's isAuthenticated returns the session's user
  // ok: unscoped-tenant-query
  const note = await prisma.note.findFirst({ where: { id: params.noteId, userId: user.id }, select: { id: true, title: true } });
  if (!note) throw new Response("Not found", { status: 404 });
  return json({ shareUrl: `/s/${note.id}` });
}
