import { Elysia } from 'elysia';
import { authPlugin } from './auth';

// `{ ownerOnly: true }` on a route lets only workspace owners through
export const ownerMacro = new Elysia({ name: 'owner-macro' })
  .use(authPlugin)
  .macro({
    ownerOnly(enabled: boolean) {
      if (!enabled) return;
      return {
        beforeHandle({ me, error }) {
          if (me.role !== 'owner') return error(403, { error: 'Owners only' });
        },
      };
    },
  });
