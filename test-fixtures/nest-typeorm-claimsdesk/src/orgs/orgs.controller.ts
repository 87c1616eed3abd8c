import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Patch, UseGuards, ValidationPipe } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { IsIn } from 'class-validator';
import { Claim } from '../claims/claim.entity';
import { OrgMemberGuard } from './org-member.guard';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';

class StatusDto {
  @IsIn(['open', 'investigating', 'approved', 'denied', 'closed'])
  status: string;
}

@Controller({ path: 'orgs/:orgId/claims', version: '2' })
@UseGuards(OrgMemberGuard)
export class OrgClaimsController {
  constructor(@InjectRepository(Claim) private readonly claims: Repository<Claim>) {}

  @Get()
  list(@Param('orgId', ParseUUIDPipe) orgId: string) {
    // ok: unscoped-tenant-query
    return this.claims.find({ where: { organizationId: orgId } });
  }

  // ok: missing-input-validation
  @Patch(':id/status')
  async setStatus(@Param('orgId') orgId: string, @Param('id', ParseUUIDPipe) id: string, @Body(new ValidationPipe()) dto: StatusDto) {
    // ok: unscoped-tenant-query
    const claim = await this.claims.findOneOrFail({ where: { id } });
    if (claim.organizationId !== orgId) throw new NotFoundException();
    claim.status = dto.status;
    return this.claims.save(claim);
  }

  @Get(':id/history')
  async history(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    // ok: unscoped-tenant-query
    const claim = await this.claims.findOneOrFail({ where: { id } });
    if (claim.organizationId !== user.organizationId) throw new NotFoundException();
    return { id: claim.id, status: claim.status, createdAt: claim.createdAt };
  }
}
