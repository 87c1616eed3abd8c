import type { APIRoute } from 'astro';
import { prisma } from '../../../lib/db';

// DocuSign Connect posts envelope status changes here.
// expect: unverified-webhook
export const POST: APIRoute = async ({ request }) => {
  const event = await request.json();
  if (event.event === 'envelope-completed') {
    await prisma.document.update({
      where: { envelopeId: event.data.envelopeId },
      data: { signedAt: new Date(event.generatedDateTime) },
    });
  }
  return new Response(null, { status: 200 });
};
