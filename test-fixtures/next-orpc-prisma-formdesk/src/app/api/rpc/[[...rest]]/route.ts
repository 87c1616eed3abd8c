import { RPCHandler } from '@orpc/server/fetch';
import { appRouter } from '@/server/router';

const handler = new RPCHandler(appRouter);

async function handle(request: Request) {
  const { response } = await handler.handle(request, { prefix: '/api/rpc', context: { headers: request.headers } });
  return response ?? new Response('Not found', { status: 404 });
}

export const GET = handle;
export const POST = handle;
