import { json, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { prisma } from "~/db.server";
import { requireUserId } from "~/utils/session.server";

// ok: missing-auth
// ok: missing-input-validation
// expect: missing-rate-limit
export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const formData = await unstable_parseMultipartFormData(
    request,
    // ok: unrestricted-upload
    unstable_createMemoryUploadHandler({
      maxPartSize: 500_000,
      filter: ({ contentType }) => contentType === "image/png" || contentType === "image/jpeg",
    }),
  );
  const photo = formData.get("photo") as File | null;
  const { alt } = z.object({ alt: z.string().max(200).default("") }).parse({ alt: formData.get("alt") ?? undefined });
  if (!photo) return json({ error: "No file" }, { status: 400 });
  const image = await prisma.avatarImage.create({ data: { bytes: Buffer.from(await photo.arrayBuffer()).toString("base64"), alt } });
  await prisma.user.update({ where: { id: userId }, data: { avatarImageId: image.id } });
  return json({ ok: true });
}
