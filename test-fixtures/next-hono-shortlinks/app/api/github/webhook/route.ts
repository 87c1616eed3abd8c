import { prisma } from '@/lib/prisma';
import { withLogging } from '@/lib/logging';

// push events from the GitHub app: the body is trusted as sent
// expect: unverified-webhook
export const POST = withLogging(async (req: Request) => {
  const event = req.headers.get('x-github-event');
  const payload = (await req.json()) as { repository: { html_url: string }; installation: { id: string } };
  if (event === 'repository') {
    await prisma.link.updateMany({ where: { url: payload.repository.html_url }, data: { url: payload.repository.html_url } });
  }
  return Response.json({ ok: true });
});
