import { randomUUID } from "node:crypto";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { type FileUpload, parseFormData } from "@mjackson/form-data-parser";
import { data, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/_app.expenses.new";
import { requireUser } from "~/auth.server";
import { prisma } from "~/db.server";

const ALLOWED_TYPES = ["image/jpeg", "image/png", "application/pdf"];
const NewExpense = z.object({ description: z.string().min(1).max(200), amount: z.coerce.number().positive(), spentOn: z.coerce.date() });

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  let receiptKey: string | undefined;
  async function uploadHandler(upload: FileUpload) {
    if (upload.fieldName !== "receipt") return undefined;
    if (!ALLOWED_TYPES.includes(upload.type)) throw data("Receipts must be JPEG, PNG or PDF", { status: 415 });
    receiptKey = `${randomUUID()}${path.extname(upload.name)}`;
    await writeFile(path.join(process.env.RECEIPTS_DIR ?? "receipts", receiptKey), Buffer.from(await upload.arrayBuffer()));
    return receiptKey;
  }
  // parseFormData caps each file at 2 MB by default; the handler checks the type
  // ok: unrestricted-upload
  const form = await parseFormData(request, { maxFileSize: 5 * 1024 * 1024 }, uploadHandler);
  const parsed = NewExpense.safeParse({ description: form.get("description"), amount: form.get("amount"), spentOn: form.get("spentOn") });
  if (!parsed.success) return data({ errors: parsed.error.flatten().fieldErrors }, { status: 400 });
  await prisma.expense.create({
    data: {
      description: parsed.data.description,
      amountCents: Math.round(parsed.data.amount * 100),
      spentOn: parsed.data.spentOn,
      receiptKey,
      teamId: user.teamId,
      submitterId: user.id,
    },
  });
  return redirect("/expenses");
}

export default function NewExpensePage() {
  return <form method="post" encType="multipart/form-data"><input name="receipt" type="file" /><button>Submit</button></form>;
}
