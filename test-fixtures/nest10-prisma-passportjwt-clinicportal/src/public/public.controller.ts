import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { AppointmentsService } from '../appointments/appointments.service';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../prisma/prisma.service';

@Public()
@Controller('public')
export class PublicController {
  constructor(private readonly prisma: PrismaService, private readonly appointments: AppointmentsService) {}

  // ok: missing-auth
  @Get('clinics')
  clinics() {
    // ok: unscoped-tenant-query
    return this.prisma.clinic.findMany({ where: { published: true }, select: { name: true, slug: true, city: true } });
  }

  // ok: missing-auth
  @Get('appointments/:token')
  async confirmation(@Param('token') token: string) {
    const appt = await this.appointments.byConfirmationToken(token);
    if (!appt) throw new NotFoundException();
    return appt;
  }
}
