import { ClsServiceManager } from 'nestjs-cls';

/** For code that is not injectable (helpers, Prisma callbacks): the organisation of the current request. */
export function currentOrgId(): string {
  return ClsServiceManager.getClsService().get<string>('orgId');
}
