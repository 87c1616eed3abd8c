import type { Plugin } from '@hapi/hapi';
import Boom from '@hapi/boom';
import { Instrument, TestType } from '../models';

export const catalogPlugin: Plugin<void> = {
  name: 'catalog',
  register(server) {
    // ok: missing-auth
    server.route({
      method: 'GET',
      path: '/catalog',
      options: {
        auth: false,
        // ok: cors-wildcard
        cors: true,
      },
      handler: async () => TestType.query().select('code', 'name', 'turnaround_hours').orderBy('code'),
    });

    // expect: missing-auth
    server.route({
      method: 'GET',
      path: '/instruments/{id}',
      options: { auth: { strategy: 'jwt', mode: 'try' } },
      handler: async (request) => {
        const instrument = await Instrument.query().findById(request.params.id);
        if (!instrument) throw Boom.notFound();
        return instrument;
      },
    });
  },
};
