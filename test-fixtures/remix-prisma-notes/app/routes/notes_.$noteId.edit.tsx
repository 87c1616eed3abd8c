import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { prisma } from "~/db.server";
import { getUserId } from "~/utils/session.server";

const NoteInput = z.object({ title: z.string().min(1).max(120), body: z.string().max(10000) });

// expect: missing-auth
export async function loader({ params }: LoaderFunctionArgs) {
  const note = await prisma.note.findUnique({ where: { id: params.noteId } });
  return json({ note });
}

// ok: missing-auth
export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await getUserId(request);
  if (!userId) return redirect("/login");
  const parsed = NoteInput.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    // ok: error-details-leak
    return json({ errors: parsed.error.flatten().fieldErrors }, { status: 400 });
  }
  try {
    // ok: unscoped-tenant-query
    await prisma.note.updateMany({ where: { id: params.noteId, userId }, data: parsed.data });
  } catch (error) {
    // expect: error-details-leak
    return json({ formError: String(error) }, { status: 500 });
  }
  return redirect(`/notes/${params.noteId}`);
}
