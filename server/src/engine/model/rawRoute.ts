/** What a framework adapter hands to the model builder: a route before enrichment. */
import type { Loc } from '../types';
import type { AV } from './values';
import type { Framework } from './types';

export interface RawChainEntry {
  av: AV;
  text: string;
  registeredAt: Loc;
  file: string;
  /** known by the adapter (a Next.js middleware that protects this path); skips classification */
  roles?: import('./types').ChainRole[];
  why?: string;
  /** role names known by the adapter (NestJS @Roles metadata) */
  roleNames?: string[];
  /**
   * runs for every request but serves none of the route's data (a GraphQL `context` function: its
   * session lookup is the caller's sign-in, its DataLoaders are called by field resolvers with ids
   * of rows already loaded): its queries are not the route's
   */
  servesNoData?: boolean;
  /** where the framework hands what it returns to the handler: hapi's `pre: [{ method, assign: 'client' }]` -> `pre.client` of the request */
  assigns?: string;
}

export interface RawRoute {
  framework: Framework;
  method: string;
  path: string;
  loc: Loc;
  handler: AV;
  handlerText: string;
  handlerFile: string;
  chain: RawChainEntry[];
  mounts: Loc[];
  mountKnown: boolean;
  /** the adapter knows the route is public on purpose (NestJS @Public()) */
  publicReason?: string;
  /**
   * `router.param('invoiceId', loader)` loaders that run before the handler because the route's
   * path on that router has `:invoiceId`; `valueIndex` is the loader parameter holding the value
   */
  paramLoaders?: ParamLoader[];
  /** error handlers that catch what this route throws (Express `app.use((err, req, res, next) => ...)` after it, Hono `onError`) */
  errorHandlers?: RawChainEntry[];
  /** how handler parameters map to request data (`astro-action`: `handler(input, context)`, the input is the client's; `graphql`: `(parent, args, context)`, the args are) */
  style: 'express' | 'next-app' | 'next-pages' | 'action' | 'astro-action' | 'graphql';
  /** an action a client library builds with no input schema (next-safe-action `actionClient.action(fn)`): the client sends it nothing */
  noClientInput?: boolean;
  /**
   * a tRPC adapter mounted as middleware (`app.use('/trpc', requireAuth, createExpressMiddleware({ router }))`): the
   * middleware registered before it, each with the path it runs under; a procedure's URL is `base/<procedure path>`
   */
  /** a tRPC procedure: the root router it is served from (`file#binding`) */
  trpcRoot?: string;
  transport?: { base: string; entries: { entry: RawChainEntry; scope: string; pattern?: boolean; skips?: ((path: string, method: string) => boolean) | null }[] };
}

export interface ParamLoader {
  av: AV;
  text: string;
  param: string;
  valueIndex: number;
  registeredAt: Loc;
}
