import fp from 'fastify-plugin';
import postgres from '@fastify/postgres';
import { config } from '../config';

export default fp(async (fastify) => {
  await fastify.register(postgres, { connectionString: config.databaseUrl });
});
