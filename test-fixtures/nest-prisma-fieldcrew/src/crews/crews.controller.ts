import { Controller, Get, HttpException, HttpStatus, Param, Patch, Req } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';

type Authed = { user: { sub: string; companyId: string } };

@Controller('crews')
export class CrewsController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Get()
  async list(@Req() req: Authed) {
    try {
      // ok: unscoped-tenant-query
      return await this.prisma.crew.findMany({ where: { companyId: req.user.companyId } });
    } catch (e) {
      // expect: error-details-leak
      throw new HttpException({ message: 'Could not load crews', detail: (e as Error).message }, HttpStatus.INTERNAL_SERVER_ERROR);
    }
  }

  // ok: missing-auth
  @Patch('jobs/:jobId/done')
  async finish(@Param('jobId') jobId: string, @Req() req: Authed) {
    try {
      // ok: unscoped-tenant-query
      return await this.prisma.job.updateMany({ where: { id: jobId, companyId: req.user.companyId }, data: { status: 'done' } });
    } catch (e) {
      // ok: error-details-leak
      throw new HttpException((e as Error).message, HttpStatus.CONFLICT);
    }
  }
}
