import { prisma } from '~/lib/db';

// the embed widget API is excluded from the middleware matcher and checks nothing
// expect: missing-auth
export async function GET(req: Request) {
  const boardId = new URL(req.url).searchParams.get('board') ?? '';
  const cards = await prisma.card.findMany({ where: { boardId } });
  return new Response(JSON.stringify(cards), {
    headers: {
      // expect: cors-wildcard
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Credentials': 'true',
    },
  });
}
