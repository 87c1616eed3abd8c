"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { auth } from "@/server/auth";
import { db } from "@/server/db";

// ok: missing-auth
export async function archivePet(petId: string) {
  const session = await auth();
  if (!session?.user) throw new Error("Not signed in");
  // expect: unscoped-tenant-query
  await db.pet.update({ where: { id: petId }, data: { archived: true } });
  revalidatePath("/dashboard/pets");
}

const notesSchema = z.object({ petId: z.string().cuid(), notes: z.string().max(2000) });

// ok: missing-auth, missing-input-validation
export async function updatePetNotes(formData: FormData) {
  const session = await auth();
  if (!session?.user?.organizationId) throw new Error("Not signed in");
  const { petId, notes } = notesSchema.parse({ petId: formData.get("petId"), notes: formData.get("notes") });
  // ok: unscoped-tenant-query
  const { count } = await db.pet.updateMany({ where: { id: petId, organizationId: session.user.organizationId }, data: { notes } });
  if (count === 0) throw new Error("Pet not found");
  revalidatePath(`/dashboard/pets/${petId}`);
}
