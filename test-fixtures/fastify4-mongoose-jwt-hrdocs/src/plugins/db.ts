import fp from 'fastify-plugin';
import mongoose from 'mongoose';
import { config } from '../config.js';

export default fp(async (fastify) => {
  await mongoose.connect(config.mongoUrl);
  fastify.log.info('connected to mongo');
  fastify.addHook('onClose', async () => {
    await mongoose.disconnect();
  });
});
