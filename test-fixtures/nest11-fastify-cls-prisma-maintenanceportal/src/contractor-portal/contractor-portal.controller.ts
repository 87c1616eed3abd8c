import { Controller, Get, NotFoundException, Param, Query, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../prisma/prisma.service';

interface JobLinkClaims {
  cid: string;
  org: string;
  purpose: 'contractor-jobs';
}

/**
 * Contractors have no portal account: the dispatcher e-mails them a signed link
 * (`/contractor-portal/jobs?token=...`) that is valid for 7 days.
 */
@Public()
@Controller('contractor-portal')
export class ContractorPortalController {
  constructor(
    private readonly jwt: JwtService,
    private readonly prisma: PrismaService,
  ) {}

  private async claimsOf(token: string | undefined): Promise<JobLinkClaims> {
    if (!token) throw new UnauthorizedException();
    try {
      const claims = await this.jwt.verifyAsync<JobLinkClaims>(token, { secret: process.env.JOB_LINK_SECRET });
      if (claims.purpose !== 'contractor-jobs') throw new Error('wrong purpose');
      return claims;
    } catch {
      throw new UnauthorizedException('Link expired');
    }
  }

  // ok: missing-auth
  @Get('jobs')
  async jobs(@Query('token') token: string) {
    const link = await this.claimsOf(token);
    // ok: unscoped-tenant-query
    return this.prisma.workOrder.findMany({
      where: { contractorId: link.cid, orgId: link.org, status: { in: ['assigned', 'in_progress'] } },
      select: { id: true, title: true, details: true, priority: true, status: true, unit: { select: { label: true } } },
    });
  }

  // the job page only needs to show the job the link was sent for
  // expect: missing-auth
  @Get('jobs/:id')
  async job(@Param('id') id: string, @Query('token') token: string) {
    // expect: insecure-jwt
    const link = this.jwt.decode(token) as JobLinkClaims | null;
    if (!link) throw new UnauthorizedException();
    const job = await this.prisma.workOrder.findFirst({
      where: { id, contractorId: link.cid },
      include: { unit: true, attachments: true },
    });
    if (!job) throw new NotFoundException();
    return job;
  }
}
