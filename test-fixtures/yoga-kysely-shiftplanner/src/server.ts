import { createServer } from 'node:http';
import { createYoga, type Plugin } from 'graphql-yoga';
import { schema } from './schema';
import { buildContext } from './context';
import { logger } from './logger';

const requestLogger: Plugin = {
  onRequest({ request }) {
    // expect: token-logging
    logger.debug({ url: request.url, headers: Object.fromEntries(request.headers) }, 'graphql request');
  },
};

const yoga = createYoga({
  schema,
  context: buildContext,
  graphqlEndpoint: '/graphql',
  cors: {
    // expect: cors-wildcard
    origin: '*',
    credentials: true,
    methods: ['POST', 'GET', 'OPTIONS'],
  },
  // ok: error-details-leak
  maskedErrors: process.env.NODE_ENV === 'production',
  plugins: [requestLogger],
});

const server = createServer(yoga);
server.listen(Number(process.env.PORT ?? 4000), () => logger.info(`shiftly graphql on :${process.env.PORT ?? 4000}${yoga.graphqlEndpoint}`));
