import { Client, Receiver } from '@upstash/qstash';

export const qstash = new Client({ token: process.env.QSTASH_TOKEN! });
export const receiver = new Receiver({
  currentSigningKey: process.env.QSTASH_CURRENT_SIGNING_KEY!,
  nextSigningKey: process.env.QSTASH_NEXT_SIGNING_KEY!,
});

/** Throws unless the request was signed by QStash. */
export async function assertSignedByQstash(req: Request, rawBody: string): Promise<void> {
  const signature = req.headers.get('upstash-signature');
  if (!signature) throw new Error('missing signature');
  const valid = await receiver.verify({ signature, body: rawBody });
  if (!valid) throw new Error('invalid signature');
}

/** Hands an email provider's event to the background worker. */
export async function enqueueEmailEvent(event: unknown): Promise<void> {
  await qstash.publishJSON({ url: `${process.env.APP_URL}/api/jobs/email-events`, body: event });
}
