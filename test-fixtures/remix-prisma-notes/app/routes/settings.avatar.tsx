import {
  json,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
} from "@remix-run/node";
import { z } from "zod";
import { prisma } from "~/db.server";
import { requireUserId } from "~/utils/session.server";

// ok: missing-auth
// ok: missing-input-validation
// expect: missing-rate-limit
export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  // the memory handler caps each part at 3 MB by default, but nothing says the file is an image
  // expect: unrestricted-upload
  const uploadHandler = unstable_composeUploadHandlers(unstable_createMemoryUploadHandler({ maxPartSize: 1_000_000 }));
  const formData = await unstable_parseMultipartFormData(request, uploadHandler);
  const avatar = formData.get("avatar") as File | null;
  const { alt } = z.object({ alt: z.string().max(200).default("") }).parse({ alt: formData.get("alt") ?? undefined });
  if (!avatar) return json({ error: "No file" }, { status: 400 });
  const bytes = Buffer.from(await avatar.arrayBuffer()).toString("base64");
  const image = await prisma.avatarImage.create({ data: { bytes, alt } });
  await prisma.user.update({ where: { id: userId }, data: { avatarImageId: image.id } });
  return json({ ok: true });
}
