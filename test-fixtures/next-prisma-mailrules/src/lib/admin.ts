// the operators of this deployment, by email
export function isAdmin({ email }: { email?: string | null }) {
  if (!email) return false;
  return process.env.ADMIN_EMAILS?.split(",").includes(email);
}
