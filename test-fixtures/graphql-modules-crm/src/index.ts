import path from 'node:path';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { loadFilesSync } from '@graphql-tools/load-files';
import { mergeResolvers, mergeTypeDefs } from '@graphql-tools/merge';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { applyMiddleware } from 'graphql-middleware';
import { permissions } from './permissions';
import { buildContext } from './context';

const typeDefs = mergeTypeDefs(loadFilesSync(path.join(__dirname, './modules/**/*.graphql')));
const resolvers = mergeResolvers(loadFilesSync(path.join(__dirname, './modules/**/*.resolvers.ts')));

const server = new ApolloServer({ schema: applyMiddleware(makeExecutableSchema({ typeDefs, resolvers }), permissions) });
await server.start();

const app = express();
app.use('/graphql', express.json(), expressMiddleware(server, { context: buildContext }));
app.listen(4000);
