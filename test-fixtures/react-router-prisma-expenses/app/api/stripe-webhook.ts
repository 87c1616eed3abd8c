import Stripe from "stripe";
import type { Route } from "./+types/stripe-webhook";
import { prisma } from "~/db.server";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth, unverified-webhook
export async function action({ request }: Route.ActionArgs) {
  const payload = await request.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, request.headers.get("stripe-signature") ?? "", process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return new Response("Invalid signature", { status: 400 });
  }
  if (event.type === "customer.subscription.deleted") {
    const sub = event.data.object as Stripe.Subscription;
    await prisma.team.update({ where: { stripeCustomerId: String(sub.customer) }, data: { plan: "free" } });
  }
  return new Response(null, { status: 204 });
}
