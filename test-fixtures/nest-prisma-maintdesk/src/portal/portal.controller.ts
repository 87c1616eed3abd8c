import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Public } from '../auth/public.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { PrismaService } from '../prisma/prisma.service';

type Resident = { id: string; companyId: string; unitId: string };

// resident tokens are not staff tokens: the global staff guard is skipped and the resident guard runs instead
@Controller('portal')
@Public()
@UseGuards(AuthGuard('resident-jwt'))
export class PortalController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Get('requests')
  myRequests(@CurrentUser() resident: Resident) {
    // ok: unscoped-tenant-query
    return this.prisma.workOrder.findMany({
      where: { companyId: resident.companyId, title: { contains: resident.unitId } },
      select: { id: true, title: true, status: true, createdAt: true },
    });
  }

  // ok: missing-auth
  @Get('requests/:id')
  async oneRequest(@CurrentUser() resident: Resident, @Param('id') id: string) {
    // expect: unscoped-tenant-query
    return this.prisma.workOrder.findUnique({ where: { id }, select: { id: true, title: true, status: true } });
  }
}
