import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../prisma/prisma.service';

@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Get()
  async check() {
    try {
      await this.prisma.$queryRaw`SELECT 1`;
    } catch {
      // ok: error-details-leak
      throw new ServiceUnavailableException('database unavailable');
    }
    return { status: 'ok', uptime: Math.round(process.uptime()) };
  }
}
