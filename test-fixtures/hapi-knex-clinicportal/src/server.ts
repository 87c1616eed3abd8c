import Hapi from '@hapi/hapi';
import Inert from '@hapi/inert';
import authPlugin from './plugins/auth';
import * as adminPlugin from './plugins/admin';
import reportsPlugin from './plugins/reports';
import { publicRoutes } from './routes/public';
import { patientRoutes } from './routes/patients';
import { appointmentRoutes } from './routes/appointments';

export async function createServer() {
  const server = Hapi.server({
    port: Number(process.env.PORT ?? 4000),
    host: '0.0.0.0',
    routes: {
      // The front-end is served from several clinic subdomains, so we open CORS up.
      // expect: cors-wildcard
      cors: { origin: ['*'], credentials: true },
      validate: {
        failAction: async (_request, _h, err) => {
          throw err;
        },
      },
    },
  });

  await server.register([Inert, authPlugin]);

  server.route(publicRoutes);
  server.route(patientRoutes);
  server.route(appointmentRoutes);

  await server.register({ plugin: adminPlugin, routes: { prefix: '/admin' } });
  await server.register(reportsPlugin, { routes: { prefix: '/api/reports' } });

  return server;
}
