import Router from '@koa/router';
import { authRouter } from './auth';
import { standupsRouter } from './standups';
import { teamsRouter } from './teams';
import { adminRouter, supportRouter } from './admin';
import { integrationsRouter } from './integrations';
import { teamScoped, retroShare } from './retros';
import { searchRouter } from './search';
import { opsRouter } from './ops';
import { attachmentsRouter } from './attachments';
import { entriesRouter } from './entries';
import { moderationRouter } from './moderation';

export const api = new Router({ prefix: '/api' });

api.use(authRouter.routes(), authRouter.allowedMethods());
api.use(integrationsRouter.routes(), integrationsRouter.allowedMethods());
api.use(standupsRouter.routes(), standupsRouter.allowedMethods());
api.use(teamsRouter.routes(), teamsRouter.allowedMethods());
api.use(adminRouter.routes(), adminRouter.allowedMethods());
api.use(supportRouter.routes(), supportRouter.allowedMethods());
api.use(teamScoped.routes(), teamScoped.allowedMethods());
api.use(retroShare.routes(), retroShare.allowedMethods());
api.use(searchRouter.routes(), searchRouter.allowedMethods());
api.use(opsRouter.routes(), opsRouter.allowedMethods());
api.use(attachmentsRouter.routes(), attachmentsRouter.allowedMethods());
api.use(entriesRouter.routes(), entriesRouter.allowedMethods());
api.use(moderationRouter.routes(), moderationRouter.allowedMethods());
