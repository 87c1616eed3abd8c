import { handleUpload, type HandleUploadBody } from '@vercel/blob/client';

// the gate only restricts the file type: anyone can get an upload token
// expect: missing-auth, missing-rate-limit
export async function POST(request: Request) {
  const body = (await request.json()) as HandleUploadBody;
  const result = await handleUpload({
    body,
    request,
    onBeforeGenerateToken: async (pathname) => {
      if (!pathname.startsWith('receipts/')) throw new Error('wrong folder');
      return { allowedContentTypes: ['image/png', 'image/jpeg', 'application/pdf'] };
    },
    onUploadCompleted: async ({ blob }) => {
      console.info('receipt stored', blob.pathname);
    },
  });
  return Response.json(result);
}
