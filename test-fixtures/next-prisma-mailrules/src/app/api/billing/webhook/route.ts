import { NextResponse } from "next/server";
import prisma from "@/lib/prisma";
import { withError } from "@/lib/middleware";

// trusts whatever event is posted to it
// expect: unverified-webhook
export const POST = withError("billing/webhook", async (request) => {
  const event = (await request.json()) as { type: string; accountEmail: string };
  if (event.type === "subscription.cancelled") {
    await prisma.emailAccount.update({ where: { email: event.accountEmail }, data: { email: event.accountEmail } });
  }
  return NextResponse.json({ received: true });
});
