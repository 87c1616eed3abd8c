import { redirect } from "react-router";
import type { Route } from "./+types/login";
import { prisma } from "~/db.server";
import { commitSession, getSession } from "~/sessions.server";

// ok: missing-auth
// expect: missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const user = await prisma.user.findUnique({ where: { email: String(form.get("email")) } });
  if (!user) return { error: "Invalid email or password" };
  const session = await getSession(request.headers.get("Cookie"));
  session.set("userId", user.id);
  return redirect("/invoices", { headers: { "Set-Cookie": await commitSession(session) } });
}

export default function Login() {
  return <form method="post"><input name="email" /><input name="password" type="password" /><button>Sign in</button></form>;
}
