import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSchema } from 'type-graphql';
import { AppDataSource } from './data-source';
import { authChecker, buildContext, type GqlContext } from './auth';
import { ExperimentResolver } from './resolvers/ExperimentResolver';
import { SampleResolver } from './resolvers/SampleResolver';
import { UserResolver } from './resolvers/UserResolver';
import { logger } from './logger';

async function main() {
  await AppDataSource.initialize();

  const schema = await buildSchema({
    resolvers: [ExperimentResolver, SampleResolver, UserResolver],
    authChecker,
    validate: { forbidUnknownValues: true },
  });

  const server = new ApolloServer<GqlContext>({
    schema,
    // ok: error-details-leak
    includeStacktraceInErrorResponses: process.env.NODE_ENV !== 'production',
    introspection: process.env.NODE_ENV !== 'production',
  });

  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT ?? 4000) },
    context: buildContext,
  });
  logger.info(`labbook api at ${url}`);
}

main().catch((err) => {
  logger.error('failed to start', { err });
  process.exit(1);
});
