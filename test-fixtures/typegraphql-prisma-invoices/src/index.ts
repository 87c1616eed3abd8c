import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSchema } from 'type-graphql';
import { InvoiceResolver } from './resolvers/InvoiceResolver';
import { BillingAdminResolver } from './resolvers/BillingAdminResolver';
import { authChecker, context } from './context';

const schema = await buildSchema({ resolvers: [InvoiceResolver, BillingAdminResolver], authChecker, validate: true });
const server = new ApolloServer({ schema });
await startStandaloneServer(server, { context, listen: { port: 4000 } });
