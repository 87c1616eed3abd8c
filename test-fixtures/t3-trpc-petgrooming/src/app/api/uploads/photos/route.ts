import { put } from "@vercel/blob";
import { NextResponse } from "next/server";
import { z } from "zod";

import { db } from "@/server/db";
import { auth } from "@/server/auth";
import { uploadRatelimit } from "@/server/ratelimit";

const MAX_BYTES = 10 * 1024 * 1024;

// Before/after grooming photos, uploaded from the groomer's tablet.
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function POST(request: Request) {
  const session = await auth();
  if (!session?.user?.organizationId) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const { success } = await uploadRatelimit.limit(session.user.id);
  if (!success) return NextResponse.json({ error: "Too many uploads" }, { status: 429 });

  // expect: unrestricted-upload
  const form = await request.formData();
  const file = form.get("photo") as File | null;
  const { petId } = z.object({ petId: z.string().cuid() }).parse({ petId: form.get("petId") });
  if (!file) return NextResponse.json({ error: "photo is required" }, { status: 400 });
  if (file.size > MAX_BYTES) return NextResponse.json({ error: "Photo too large" }, { status: 413 });

  // ok: unscoped-tenant-query
  const pet = await db.pet.findFirst({ where: { id: petId, organizationId: session.user.organizationId } });
  if (!pet) return NextResponse.json({ error: "Not found" }, { status: 404 });

  const blob = await put(`pets/${pet.id}/${crypto.randomUUID()}-${file.name}`, file, {
    access: "public",
    contentType: file.type,
  });
  const photo = await db.photo.create({
    data: { organizationId: session.user.organizationId, petId: pet.id, url: blob.url },
  });
  return NextResponse.json(photo, { status: 201 });
}
