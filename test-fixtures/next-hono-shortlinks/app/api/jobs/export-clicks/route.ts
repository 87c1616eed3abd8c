import { Receiver } from '@upstash/qstash';
import { prisma } from '@/lib/prisma';

const receiver = new Receiver({
  currentSigningKey: process.env.QSTASH_CURRENT_SIGNING_KEY ?? '',
  nextSigningKey: process.env.QSTASH_NEXT_SIGNING_KEY ?? '',
});

// a queued job that checks the queue's signature itself
// ok: missing-rate-limit, missing-auth
export async function POST(req: Request) {
  const body = await req.text();
  const valid = await receiver.verify({ signature: req.headers.get('upstash-signature') ?? '', body });
  if (!valid) return Response.json({ error: 'invalid signature' }, { status: 401 });
  const { linkId } = JSON.parse(body) as { linkId: string };
  await prisma.link.update({ where: { id: linkId }, data: { clicks: 0 } });
  return Response.json({ ok: true });
}
