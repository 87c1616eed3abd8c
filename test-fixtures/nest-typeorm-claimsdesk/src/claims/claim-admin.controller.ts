import { Body, Controller, ForbiddenException, Get, Headers, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JwtService } from '@nestjs/jwt';
import { Repository } from 'typeorm';
import { Claim } from './claim.entity';
import { ClaimPolicy } from './policy';
import { UpdateClaimDto } from './dto';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';

@Controller('claim-desk')
export class ClaimDeskController {
  constructor(
    @InjectRepository(Claim) private readonly claims: Repository<Claim>,
    private readonly policy: ClaimPolicy,
    private readonly jwt: JwtService,
  ) {}

  @Get()
  list(@Query('orgId') orgId: string) {
    // expect: unscoped-tenant-query
    return this.claims.find({ where: { organizationId: orgId }, take: 100 });
  }

  // ok: missing-input-validation
  @Patch(':id')
  async edit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateClaimDto) {
    // ok: unscoped-tenant-query
    const claim = await this.claims.findOneByOrFail({ id });
    if (!this.policy.canEdit(user, claim)) throw new ForbiddenException();
    Object.assign(claim, dto);
    return this.claims.save(claim);
  }

  @Get('batch')
  async batch(@CurrentUser() user: AuthUser, @Query('ids') ids: string) {
    const wanted = (ids ?? '').split(',').slice(0, 50);
    // ok: unscoped-tenant-query
    return Promise.all(wanted.map((id) => this.claims.findOneBy({ id, organizationId: user.organizationId })));
  }

  // the partner portal forwards its user's token
  @Get('partner/summary')
  async partnerSummary(@Headers('x-partner-token') token: string) {
    // expect: insecure-jwt
    const payload = this.jwt.decode(token) as { org: string } | null;
    if (!payload) throw new ForbiddenException();
    // (the org comes from a token nobody verified: another organization's count for anyone who forges one)
    // expect: unscoped-tenant-query
    const open = await this.claims.count({ where: { organizationId: payload.org, status: 'open' } });
    return { open };
  }
}
