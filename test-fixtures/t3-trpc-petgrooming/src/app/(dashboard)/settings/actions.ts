"use server";

import { revalidatePath } from "next/cache";

import { auth } from "@/server/auth";
import { db } from "@/server/db";

// /settings is behind the Auth.js middleware.
// ok: missing-auth
// expect: missing-input-validation
export async function updateBranding(formData: FormData) {
  const session = await auth();
  await db.organization.update({
    where: { id: session!.user.organizationId! },
    data: {
      name: formData.get("name") as string,
      brandColor: formData.get("brandColor") as string,
      city: formData.get("city") as string,
    },
  });
  revalidatePath("/settings");
}
