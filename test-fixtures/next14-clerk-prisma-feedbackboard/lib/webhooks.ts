import { Webhook } from 'svix';

/** Resend signs its webhooks with Svix. Returns the verified event or null. */
export async function verifyResendWebhook(req: Request): Promise<{ type: string; data: { to: string[] } } | null> {
  const payload = await req.text();
  try {
    return new Webhook(process.env.RESEND_WEBHOOK_SECRET!).verify(payload, {
      'svix-id': req.headers.get('svix-id') ?? '',
      'svix-timestamp': req.headers.get('svix-timestamp') ?? '',
      'svix-signature': req.headers.get('svix-signature') ?? '',
    }) as { type: string; data: { to: string[] } };
  } catch {
    return null;
  }
}
