import { randomBytes } from 'node:crypto';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const authRouter = createTRPCRouter({
  startGithubSignIn: publicProcedure.mutation(({ ctx }) => {
    const state = randomBytes(16).toString('hex');
    // ok: insecure-cookie
    ctx.setCookie('github_oauth_state', state, { maxAge: 600 });
    return { url: `https://github.com/login/oauth/authorize?client_id=${process.env.GITHUB_CLIENT_ID}&state=${state}` };
  }),
});
