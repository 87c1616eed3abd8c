import { Body, Controller, Get, HttpException, HttpStatus, Param, Patch, Post, Req } from '@nestjs/common';
import { IsString, Length } from 'class-validator';
import { PrismaService } from '../common/prisma.service';

type Authed = { user: { sub: string; companyId: string } };

export class CreateCrewDto {
  @IsString()
  @Length(2, 80)
  name!: string;
}

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
  // ok: missing-input-validation
  @Post()
  create(@Body() dto: CreateCrewDto, @Req() req: Authed) {
    return this.prisma.crew.create({ data: { name: dto.name, companyId: req.user.companyId } });
  }

  // the global ValidationPipe only checks DTO classes: this body arrives as sent
  // ok: missing-auth
  // expect: missing-input-validation
  @Patch(':crewId')
  rename(@Param('crewId') crewId: string, @Body() body: { name: string }, @Req() req: Authed) {
    return this.prisma.crew.updateMany({ where: { id: crewId, companyId: req.user.companyId }, data: body });
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
