import { Elysia } from 'elysia';
import { cors } from '@elysiajs/cors';
import { authModule } from './modules/auth';
import { bookingsModule } from './modules/bookings';
import { servicesModule } from './modules/services';
import { reportsModule } from './modules/reports';
import { adminModule, supportModule } from './modules/admin';
import { publicModule } from './modules/public';
import { webhooksModule } from './modules/webhooks';
import { staffModule, exportsModule, calendarModule } from './modules/staff';

const app = new Elysia({
  cookie: {
    // expect: hardcoded-secret
    secrets: 'bookly-cookie-signing',
    sign: ['session'],
  },
})
  .use(
    cors({
      // expect: cors-wildcard
      origin: /bookly\.app/,
      credentials: true,
    }),
  )
  .onError(({ code, error, set }) => {
    if (code === 'VALIDATION') {
      set.status = 422;
      return { error: 'invalid request' };
    }
    set.status = 500;
    // expect: error-details-leak
    return { error: error.message, stack: error.stack };
  })
  .use(publicModule)
  .use(webhooksModule)
  .use(authModule)
  .group('/api', (api) => api.use(bookingsModule).use(servicesModule).use(reportsModule).use(staffModule))
  .use(exportsModule)
  .use(calendarModule)
  .use(adminModule)
  .use(supportModule)
  .listen(Number(process.env.PORT ?? 3000));

// ok: token-logging
console.log(`bookly api on ${app.server?.hostname}:${app.server?.port}`);

export type App = typeof app;
