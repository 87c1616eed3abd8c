import { OpenAPIHandler } from '@orpc/openapi/fetch';
import { appRouter } from '@/server/router';

const handler = new OpenAPIHandler(appRouter);

async function handle(request: Request) {
  const { response } = await handler.handle(request, { prefix: '/api', context: { headers: request.headers } });
  return response ?? new Response('Not found', { status: 404 });
}

export const GET = handle;
export const POST = handle;
export const PATCH = handle;
export const DELETE = handle;
