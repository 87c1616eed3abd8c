import CrudRouter from '../utils/CrudRouter.js';

import type { ManagementRouter, RouterInitArgs } from './types.js';

export default function roleRoutes<T extends ManagementRouter>(...[originalRouter, { pool }]: RouterInitArgs<T>) {
  const router = new CrudRouter('roles', pool);
  originalRouter.use(router.routes());
}
