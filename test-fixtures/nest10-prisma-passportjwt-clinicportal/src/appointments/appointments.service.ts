import { Injectable, InternalServerErrorException, NotFoundException } from '@nestjs/common';
import { randomBytes } from 'crypto';
import { PrismaService } from '../prisma/prisma.service';
import { SessionUser } from '../auth/current-user.decorator';

export interface AppointmentFilters {
  status?: 'REQUESTED' | 'CONFIRMED' | 'CANCELLED' | 'DONE';
  practitionerId?: string;
}

@Injectable()
export class AppointmentsService {
  constructor(private readonly prisma: PrismaService) {}

  list(user: SessionUser, filters: AppointmentFilters) {
    // expect: unscoped-tenant-query
    return this.prisma.appointment.findMany({ where: { clinicId: user.clinicId, ...filters }, orderBy: { startsAt: 'asc' } });
  }

  async book(user: SessionUser, patientId: string, startsAt: Date, reason?: string) {
    // ok: unscoped-tenant-query
    const patient = await this.prisma.patient.findFirst({ where: { id: patientId, clinicId: user.clinicId } });
    if (!patient) throw new NotFoundException('patient');
    return this.prisma.appointment.create({
      data: { clinicId: user.clinicId, patientId: patient.id, startsAt, reason, confirmationToken: randomBytes(24).toString('hex') },
    });
  }

  async cancel(user: SessionUser, id: string) {
    // ok: unscoped-tenant-query
    const appt = await this.prisma.appointment.findFirst({ where: { id, clinicId: user.clinicId } });
    if (!appt) throw new NotFoundException();
    // ok: unscoped-tenant-query
    return this.prisma.appointment.update({ where: { id: appt.id }, data: { status: 'CANCELLED' } });
  }

  async reschedule(id: string, startsAt: Date) {
    // expect: unscoped-tenant-query
    return this.prisma.appointment.update({ where: { id }, data: { startsAt, status: 'REQUESTED' } });
  }

  history(patientId: string) {
    // expect: unscoped-tenant-query
    return this.prisma.$queryRaw`SELECT id, "startsAt", status FROM "Appointment" WHERE "patientId" = ${patientId} ORDER BY "startsAt" DESC`;
  }

  async stats(user: SessionUser) {
    try {
      // ok: unscoped-tenant-query
      return await this.prisma.$queryRaw`SELECT status, count(*)::int AS n FROM "Appointment" WHERE "clinicId" = ${user.clinicId} GROUP BY status`;
    } catch (err) {
      // expect: error-details-leak
      throw new InternalServerErrorException((err as Error).message);
    }
  }

  forClinicCalendar(clinicId: string) {
    // ok: unscoped-tenant-query
    return this.prisma.appointment.findMany({ where: { clinicId, status: 'CONFIRMED' }, include: { patient: { select: { firstName: true, lastName: true } } } });
  }

  byConfirmationToken(token: string) {
    // ok: unscoped-tenant-query
    return this.prisma.appointment.findUnique({ where: { confirmationToken: token }, select: { startsAt: true, status: true, clinic: { select: { name: true } } } });
  }
}
