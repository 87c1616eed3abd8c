import { put } from "@vercel/blob";
import { NextResponse } from "next/server";

import { auth } from "@/server/auth";
import { db } from "@/server/db";

const MAX_BYTES = 5 * 1024 * 1024;
const ALLOWED_TYPES = ["application/pdf", "image/jpeg", "image/png"];

// Vaccination certificates and vet letters.
// ok: missing-auth
// expect: missing-rate-limit
export async function POST(request: Request, { params }: { params: Promise<{ petId: string }> }) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { petId } = await params;

  // ok: unscoped-tenant-query
  const pet = await db.pet.findUnique({ where: { id: petId } });
  if (!pet || pet.organizationId !== session.user.organizationId) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }

  // ok: unrestricted-upload
  const form = await request.formData();
  const file = form.get("file");
  if (!(file instanceof File)) return NextResponse.json({ error: "file is required" }, { status: 400 });
  if (file.size > MAX_BYTES) return NextResponse.json({ error: "File too large" }, { status: 413 });
  if (!ALLOWED_TYPES.includes(file.type)) return NextResponse.json({ error: "Unsupported file type" }, { status: 415 });

  const blob = await put(`documents/${pet.id}/${crypto.randomUUID()}`, file, { access: "public", contentType: file.type });
  const doc = await db.petDocument.create({
    data: { organizationId: pet.organizationId, petId: pet.id, url: blob.url, kind: file.type === "application/pdf" ? "pdf" : "image" },
  });
  return NextResponse.json(doc, { status: 201 });
}
