import { Controller, Get, NotFoundException, Param, Version, VERSION_NEUTRAL } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../prisma/prisma.service';

const FORMATS = [
  { id: 'pdf', label: 'PDF report' },
  { id: 'csv', label: 'Raw readings (CSV)' },
];

// reports only exist in the v2 API
@Controller({ path: 'reports', version: '2' })
export class ReportsController {
  constructor(private readonly prisma: PrismaService) {}

  // also unversioned, for the static site's download page
  @Public()
  @Version(['2', VERSION_NEUTRAL])
  @Get('formats')
  formats() {
    return FORMATS;
  }

  @Get(':id/download')
  async download(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    const report = await this.prisma.report.findUnique({ where: { id } });
    if (!report) throw new NotFoundException();
    return { url: `https://files.soillab.example.com/${report.pdfKey}` };
  }
}
