import { headers } from "next/headers";
import { NextResponse } from "next/server";
import Stripe from "stripe";

import { env } from "@/env";
import { db } from "@/server/db";

const stripe = new Stripe(env.STRIPE_SECRET_KEY);

// ok: missing-auth, unverified-webhook
export async function POST(request: Request) {
  const body = await request.text();
  const signature = (await headers()).get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "Missing signature" }, { status: 400 });

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, env.STRIPE_WEBHOOK_SECRET);
  } catch {
    return NextResponse.json({ error: "Invalid signature" }, { status: 400 });
  }

  if (event.type === "checkout.session.completed") {
    const checkout = event.data.object;
    // ok: unscoped-tenant-query
    await db.invoice.update({
      where: { stripeSessionId: checkout.id },
      data: { status: "PAID", paidAt: new Date() },
    });
  }
  return NextResponse.json({ received: true });
}
