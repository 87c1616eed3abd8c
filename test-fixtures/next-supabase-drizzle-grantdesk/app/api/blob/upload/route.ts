import { handleUpload, type HandleUploadBody } from '@vercel/blob/client';
import { NextResponse } from 'next/server';
import { db, documents } from '@/lib/db';
import { getSessionUser, isMember } from '@/lib/auth';

// ok: missing-auth
// expect: missing-rate-limit
export async function POST(request: Request) {
  const body = (await request.json()) as HandleUploadBody;
  try {
    const json = await handleUpload({
      body,
      request,
      onBeforeGenerateToken: async (_pathname, clientPayload) => {
        const user = await getSessionUser();
        if (!user) throw new Error('Not signed in');
        const { orgId } = JSON.parse(clientPayload ?? '{}') as { orgId: string };
        if (!(await isMember(user.id, orgId))) throw new Error('Not a member');
        return {
          allowedContentTypes: ['application/pdf', 'image/png', 'image/jpeg'],
          maximumSizeInBytes: 20 * 1024 * 1024,
          tokenPayload: JSON.stringify({ userId: user.id, orgId }),
        };
      },
      onUploadCompleted: async ({ blob, tokenPayload }) => {
        const { userId, orgId } = JSON.parse(tokenPayload ?? '{}') as { userId: string; orgId: string };
        await db.insert(documents).values({
          orgId,
          url: blob.url,
          fileName: blob.pathname,
          contentType: blob.contentType,
          uploadedBy: userId,
        });
      },
    });
    return NextResponse.json(json);
  } catch (error) {
    return NextResponse.json({ error: 'Upload rejected' }, { status: 400 });
  }
}
