import { createHash, randomBytes } from "node:crypto";
import { data } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/forgot-password";
import { prisma } from "~/db.server";
import { logger } from "~/logger.server";
import { sendEmail } from "~/lib/email.server";

const ForgotForm = z.object({ email: z.string().email() });

// ok: missing-auth
// expect: missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  const parsed = ForgotForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "Enter a valid email" }, { status: 400 });

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email.toLowerCase() } });
  if (user) {
    const token = randomBytes(32).toString("base64url");
    await prisma.passwordResetToken.create({
      data: { tokenHash: createHash("sha256").update(token).digest("hex"), userId: user.id, expiresAt: new Date(Date.now() + 30 * 60_000) },
    });
    const resetUrl = new URL(`/reset-password/${token}`, request.url).toString();
    // expect: token-logging
    logger.info({ email: user.email, resetUrl }, "password reset requested");
    await sendEmail({ to: user.email, subject: "Reset your Tally password", text: `Reset it here: ${resetUrl}` });
  }
  // the same answer whether or not the account exists
  return { sent: true };
}

export default function ForgotPassword() {
  return <form method="post"><input name="email" /><button>Send reset link</button></form>;
}
