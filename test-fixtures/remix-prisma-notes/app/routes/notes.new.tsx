import { parseWithZod } from "@conform-to/zod";
import { json, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { prisma } from "~/db.server";
import { requireUserId } from "~/utils/session.server";

const NewNote = z.object({ title: z.string().min(1).max(120), body: z.string().max(10000).default("") });

// the form is parsed by Conform with the zod schema: what is written is the schema's output
// ok: missing-input-validation, missing-auth
export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const submission = parseWithZod(await request.formData(), { schema: NewNote });
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const note = await prisma.note.create({ data: { ...submission.value, userId } });
  return redirect(`/notes/${note.id}`);
}
