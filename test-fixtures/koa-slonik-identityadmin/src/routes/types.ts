import type Router from 'koa-router';

import type { WithAuthContext } from '../middleware/koa-auth.js';
import type { TenantContext } from '../tenant.js';

export type AnonymousRouter = Router<unknown, Record<string, unknown>>;
export type ManagementRouter = Router<unknown, WithAuthContext>;

type RouterInit<T> = (router: T, tenant: TenantContext) => void;
export type RouterInitArgs<T> = Parameters<RouterInit<T>>;
