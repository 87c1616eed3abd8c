import type Router from '@koa/router';
import type { Queries } from '../db.js';

/** What every route module receives: the router to add to and the tenant's queries. */
export type RouterInitArgs = [router: Router, deps: { queries: Queries; audience: string }];
