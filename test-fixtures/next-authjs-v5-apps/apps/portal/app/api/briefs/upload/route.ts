import { handleUpload, type HandleUploadBody } from '@vercel/blob/client';
import { auth } from '@/auth';
import { prisma } from '@/lib/db';

// the browser asks for an upload token (the gate checks the session first); Vercel then calls back, signed
// ok: missing-auth
// expect: missing-rate-limit
export async function POST(request: Request) {
  const body = (await request.json()) as HandleUploadBody;
  try {
    const result = await handleUpload({
      body,
      request,
      onBeforeGenerateToken: async () => {
        const session = await auth();
        if (!session?.user?.email) throw new Error('Not signed in');
        const customer = await prisma.customer.findFirst({ where: { email: session.user.email } });
        return { allowedContentTypes: ['application/pdf'], tokenPayload: JSON.stringify({ organizationId: customer?.organizationId }) };
      },
      onUploadCompleted: async ({ blob }) => {
        console.info('brief uploaded', blob.pathname);
      },
    });
    return Response.json(result);
  } catch {
    return Response.json({ error: 'upload refused' }, { status: 400 });
  }
}
