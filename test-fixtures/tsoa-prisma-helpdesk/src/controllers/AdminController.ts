import { Controller, Delete, Get, Path, Route, Security } from 'tsoa';
import { prisma } from '../db';

@Route('admin')
@Security('jwt')
export class AdminController extends Controller {
  // expect: missing-role-check
  @Get('orgs')
  public async orgs() {
    // any signed-in agent lists every customer organisation
    // expect: unscoped-tenant-query
    return prisma.org.findMany({ include: { _count: { select: { tickets: true } } } });
  }

  // ok: missing-role-check
  @Delete('orgs/{orgId}')
  @Security('jwt', ['superadmin'])
  public async removeOrg(@Path() orgId: string) {
    await prisma.org.delete({ where: { id: orgId } });
  }
}
