import { Controller, Get, InternalServerErrorException, Logger, NotFoundException, Param, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { PrismaService } from '../prisma.service';

@Controller('patients')
@UseGuards(JwtAuthGuard)
export class PatientsController {
  private readonly logger = new Logger(PatientsController.name);

  constructor(private readonly prisma: PrismaService) {}

  @Get(':id')
  async findOne(@Param('id') id: string, @Req() req: Request & { user: { userId: string } }) {
    // expect: token-logging
    this.logger.verbose(`patient ${id} requested with ${req.headers.authorization}`);
    const patient = await this.prisma.patient.findFirst({ where: { id, ownerId: req.user.userId } });
    if (!patient) throw new NotFoundException();
    return patient;
  }

  @Get(':id/summary')
  async summary(@Param('id') id: string, @Req() req: Request & { user: { userId: string } }) {
    try {
      return await this.prisma.patient.findFirstOrThrow({ where: { id, ownerId: req.user.userId }, include: { visits: true } });
    } catch (err) {
      // expect: error-details-leak
      throw new InternalServerErrorException((err as Error).message);
    }
  }

  @Get(':id/viewer-session')
  async viewer(@Param('id') id: string, @Req() req: Request & { user: { userId: string } }, @Res({ passthrough: true }) res: Response) {
    const patient = await this.prisma.patient.findFirst({ where: { id, ownerId: req.user.userId } });
    if (!patient) throw new NotFoundException();
    const sid = await this.prisma.viewerSession.create({ data: { patientId: patient.id, userId: req.user.userId } });
    // expect: insecure-cookie
    res.cookie('viewer_sid', sid.id, { secure: true, sameSite: 'lax' });
    // ok: insecure-cookie
    res.cookie('viewer_layout', 'split', { maxAge: 86_400_000 });
    return { ok: true };
  }
}
