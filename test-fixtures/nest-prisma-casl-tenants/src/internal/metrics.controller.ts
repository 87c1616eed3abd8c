import { Controller, Get } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { Roles } from '../auth/roles.decorator';

@Controller('internal/metrics')
@Roles('staff')
export class MetricsController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-role-check
  @Get()
  async overview() {
    const [tenants, projects, documents] = await Promise.all([this.prisma.tenant.count(), this.prisma.project.count(), this.prisma.document.count()]);
    return { tenants, projects, documents };
  }
}
