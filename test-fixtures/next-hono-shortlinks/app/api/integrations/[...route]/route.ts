import { createOAuthApp } from '@/lib/integrations/oauth-app';
import { getSession } from '@/lib/auth';
import { prisma } from '@/lib/prisma';
import { exchangeGithubCode } from '@/lib/integrations/github-token';

const { handler } = createOAuthApp({
  basePath: '/api/integrations',
  getProvider: (id) => {
    if (id !== 'github') return null;
    return {
      authorizationUrl: (state) => `https://github.com/login/oauth/authorize?state=${state}`,
      exchangeCode: async (code) => {
        const accessToken = await exchangeGithubCode(code);
        const me = await fetch('https://api.github.com/user', { headers: { Authorization: `Bearer ${accessToken}` } }).then((r) => r.json());
        return { accessToken, accountId: String(me.id) };
      },
      onConnect: async ({ accountId }) => {
        const session = await getSession();
        if (!session) throw new Error('not signed in');
        await prisma.user.update({ where: { id: session.user.id }, data: { githubAccountId: accountId } });
      },
    };
  },
});

// the Hono app's own routes are the routes: these exports only hand the request over
// ok: missing-auth
export const GET = handler;
// ok: missing-auth
export const POST = handler;
