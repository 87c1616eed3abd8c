import { Controller, Delete, Get, HttpCode, NotFoundException, Param } from '@nestjs/common';
import { CurrentUser, type SessionUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { PrismaService } from '../prisma/prisma.service';
import { ArchivableController } from '../common/archivable.controller';

// served unchanged under both API versions
@Controller({ path: 'projects', version: ['1', '2'] })
export class ProjectsController extends ArchivableController {
  constructor(private readonly prisma: PrismaService) {
    super();
  }

  protected async archiveRecord(orgId: string, id: string) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.project.updateMany({ where: { id, orgId }, data: { archived: true } });
    return count;
  }

  @Get()
  list(@CurrentUser() user: SessionUser) {
    // ok: unscoped-tenant-query
    return this.prisma.project.findMany({ where: { orgId: user.orgId } });
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  async remove(@CurrentUser() user: SessionUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.project.deleteMany({ where: { id, orgId: user.orgId } });
    if (!count) throw new NotFoundException();
  }
}
