import bcrypt from "bcryptjs";
import { data, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/login";
import { getUserId } from "~/auth.server";
import { prisma } from "~/db.server";
import { clientIp, loginLimiter } from "~/rate-limit.server";
import { commitSession, getSession } from "~/sessions.server";

const LoginForm = z.object({ email: z.string().email(), password: z.string().min(1), redirectTo: z.string().optional() });

// ok: missing-auth
export async function loader({ request }: Route.LoaderArgs) {
  if (await getUserId(request)) throw redirect("/expenses");
  return null;
}

// ok: missing-auth, missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  try {
    await loginLimiter.consume(clientIp(request));
  } catch {
    return data({ error: "Too many attempts. Try again in a minute." }, { status: 429 });
  }
  const parsed = LoginForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "Enter your email and password" }, { status: 400 });

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email.toLowerCase() } });
  if (!user || !(await bcrypt.compare(parsed.data.password, user.passwordHash))) {
    return data({ error: "Invalid email or password" }, { status: 400 });
  }
  const session = await getSession(request.headers.get("Cookie"));
  session.set("userId", user.id);
  const to = parsed.data.redirectTo?.startsWith("/") && !parsed.data.redirectTo.startsWith("//") ? parsed.data.redirectTo : "/expenses";
  return redirect(to, { headers: { "Set-Cookie": await commitSession(session) } });
}

export default function Login() {
  return <form method="post"><input name="email" /><input name="password" type="password" /><button>Sign in</button></form>;
}
