import { Body, Controller, Get, HttpCode, Param, Patch } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { currentOrgId } from '../common/current-org';
import { PrismaService } from '../prisma/prisma.service';
import { TriageDto } from './dto';
import { TenantRequestsService } from './tenant-requests.service';

@Controller('tenant-requests')
export class TenantRequestsController {
  constructor(
    private readonly requests: TenantRequestsService,
    private readonly prisma: PrismaService,
  ) {}

  // ok: missing-auth
  @Get()
  inbox() {
    return this.requests.inbox();
  }

  // residents follow their request from the SMS link; the portal sends x-org-id
  @Public()
  // expect: missing-auth
  @Get(':id/status')
  async status(@Param('id') id: string) {
    const { status, createdAt, message } = await this.requests.find(id);
    return { status, createdAt, message };
  }

  // the unit's QR code page shows what is already reported, so residents do not report it twice
  @Public()
  // expect: missing-auth
  @Get('units/:unitId/open')
  openForUnit(@Param('unitId') unitId: string) {
    return this.prisma.tenantRequest.findMany({
      where: { unitId, orgId: currentOrgId(), status: { in: ['new', 'triaged'] } },
      select: { id: true, message: true, contactName: true, createdAt: true },
    });
  }

  @HttpCode(204)
  // ok: missing-auth, missing-input-validation
  @Patch(':id')
  triage(@Param('id') id: string, @Body() dto: TriageDto) {
    return this.requests.triage(id, dto.status);
  }
}
