import { Elysia } from 'elysia';
import { sessionPlugin } from './auth';

// Beta features: signed-in users of workspaces on the pro plan
// (the hook has no `as`: it stays local to this instance and does not run for the routes of instances that use it)
export const betaGate = new Elysia({ name: 'beta-gate' })
  .use(sessionPlugin)
  .onBeforeHandle(({ user, error }) => {
    if (!user) return error(401, { error: 'Sign in' });
  });
