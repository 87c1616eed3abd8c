import Koa from 'koa';
import mount from 'koa-mount';

import { createTenant } from './tenant.js';
import initApis from './routes/init.js';

const tenant = await createTenant(process.env.TENANT_ID ?? 'default');
const app = new Koa();

// the OpenID provider serves /oidc only: not a middleware of the API routes
app.use(mount('/oidc', tenant.provider.app));
app.use(mount('/api', initApis(tenant)));

app.listen(Number(process.env.PORT ?? 3001));
