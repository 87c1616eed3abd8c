import { Controller, ForbiddenException, Get, NotFoundException, Param } from '@nestjs/common';
import { CurrentUser, SessionUser } from '../auth/current-user.decorator';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../prisma/prisma.service';

@Controller('documents')
export class DocumentsController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Get(':id')
  async get(@CurrentUser() user: SessionUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const doc = await this.prisma.document.findUnique({ where: { id } });
    if (!doc) throw new NotFoundException();
    if (doc.clinicId !== user.clinicId) throw new ForbiddenException();
    return doc;
  }
}

// referral letters partner clinics open from the e-mail they receive
@Public()
@Controller('referrals')
export class ReferralsController {
  constructor(private readonly prisma: PrismaService) {}

  // expect: missing-auth
  @Get(':patientId')
  async summary(@Param('patientId') patientId: string) {
    // ok: unscoped-tenant-query
    const patient = await this.prisma.patient.findUnique({ where: { id: patientId }, select: { firstName: true, lastName: true, birthDate: true, notes: true } });
    if (!patient) throw new NotFoundException();
    return patient;
  }
}
