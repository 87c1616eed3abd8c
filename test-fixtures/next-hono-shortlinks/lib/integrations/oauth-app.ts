import { Hono } from 'hono';
import { handle } from 'hono/vercel';

type Provider = {
  authorizationUrl: (state: string) => string;
  exchangeCode: (code: string) => Promise<{ accessToken: string; accountId: string }>;
  onConnect: (tokens: { accessToken: string; accountId: string }) => Promise<void>;
};

type OAuthAppOptions = {
  basePath: string;
  getProvider: (id: string) => Provider | null;
};

// one small Hono app per integration family, mounted by a catch-all route file
export function createOAuthApp({ basePath, getProvider }: OAuthAppOptions) {
  const app = new Hono().basePath(basePath);

  app.get('/authorize/:provider', (c) => {
    const provider = getProvider(c.req.param('provider'));
    if (!provider) return c.json({ error: 'unknown provider' }, 404);
    return c.redirect(provider.authorizationUrl(crypto.randomUUID()));
  });

  app.get('/callback/:provider', async (c) => {
    const provider = getProvider(c.req.param('provider'));
    const code = c.req.query('code');
    if (!provider || !code) return c.redirect('/settings/integrations?error=invalid_request');
    await provider.onConnect(await provider.exchangeCode(code));
    return c.redirect('/settings/integrations?connected=1');
  });

  return { handler: handle(app) };
}
