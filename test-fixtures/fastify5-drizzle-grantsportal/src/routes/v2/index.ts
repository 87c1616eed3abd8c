import type { FastifyPluginAsync } from 'fastify';
import requireAuth from '../../plugins/require-auth';
import badgeRoutes from './badges';
import commentRoutes from './comments';
import manageRoutes from './manage';
import bulkRoutes from './bulk';

const v2: FastifyPluginAsync = async (api) => {
  // badges are embedded in funders' public sites
  await api.register(badgeRoutes, { prefix: '/badges' });
  await api.register(requireAuth);
  await api.register(commentRoutes, { prefix: '/comments' });
  await api.register(manageRoutes, { prefix: '/manage' });
  await api.register(bulkRoutes, { prefix: '/bulk' });

  api.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, 'v2 request failed');
    // expect: error-details-leak
    reply.code(error.statusCode ?? 500).send({ message: error.message, stack: error.stack });
  });
};

export default v2;
