import { NextResponse } from "next/server";
import { z } from "zod";
import prisma from "@/lib/prisma";
import { withError } from "@/lib/middleware";
import { decodeStoreNotification } from "@/lib/apple";

const bodySchema = z.object({ signedPayload: z.string().min(1) });

// the payload is a JWS the store signed: the library checks it before anything is read
// ok: unverified-webhook
export const POST = withError("apple/webhook", async (request) => {
  const parsed = bodySchema.safeParse(await request.json());
  if (!parsed.success) return NextResponse.json({}, { status: 400 });
  const notification = await decodeStoreNotification(parsed.data.signedPayload);
  if (notification.type === "REFUND") {
    await prisma.rule.updateMany({ where: { name: "premium" }, data: { instructions: "" } });
  }
  return NextResponse.json({ received: true });
});
