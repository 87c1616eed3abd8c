import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";
import { data, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/reset-password";
import { prisma } from "~/db.server";

const ResetForm = z.object({ password: z.string().min(12).max(200) });

function findToken(token: string) {
  const tokenHash = createHash("sha256").update(token).digest("hex");
  return prisma.passwordResetToken.findFirst({ where: { tokenHash, expiresAt: { gt: new Date() } } });
}

// ok: missing-auth
export async function loader({ params }: Route.LoaderArgs) {
  const reset = await findToken(params.token);
  if (!reset) throw data("This link has expired", { status: 410 });
  return { valid: true };
}

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
export async function action({ request, params }: Route.ActionArgs) {
  const reset = await findToken(params.token);
  if (!reset) throw data("This link has expired", { status: 410 });
  const parsed = ResetForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "Use at least 12 characters" }, { status: 400 });
  await prisma.user.update({ where: { id: reset.userId }, data: { passwordHash: await bcrypt.hash(parsed.data.password, 12) } });
  await prisma.passwordResetToken.delete({ where: { tokenHash: reset.tokenHash } });
  return redirect("/login");
}

export default function ResetPassword() {
  return <form method="post"><input name="password" type="password" /><button>Set password</button></form>;
}
