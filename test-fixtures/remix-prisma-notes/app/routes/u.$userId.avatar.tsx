import { prisma } from "~/db.server";

// Profile pictures appear in shared notes and emails: any visitor may fetch one.
// ok: missing-auth
export async function loader({ params }: { params: { userId?: string } }) {
  const user = await prisma.user.findUnique({ where: { id: params.userId }, select: { avatarImage: { select: { bytes: true } } } });
  if (!user?.avatarImage) throw new Response("Not found", { status: 404 });
  return new Response(Buffer.from(user.avatarImage.bytes, "base64"), { headers: { "Content-Type": "image/png" } });
}
