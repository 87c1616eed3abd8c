import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { SessionUser } from '../auth/current-user.decorator';
import { CreatePatientDto, PatientNotesInput } from './dto';

@Injectable()
export class PatientsService {
  constructor(private readonly prisma: PrismaService) {}

  list(user: SessionUser, search?: string) {
    // ok: unscoped-tenant-query
    return this.prisma.patient.findMany({
      where: { clinicId: user.clinicId, ...(search ? { lastName: { startsWith: search, mode: 'insensitive' } } : {}) },
      orderBy: { lastName: 'asc' },
      take: 100,
    });
  }

  async get(user: SessionUser, id: string) {
    // ok: unscoped-tenant-query
    const patient = await this.prisma.patient.findFirst({ where: { id, clinicId: user.clinicId }, include: { appointments: true } });
    if (!patient) throw new NotFoundException();
    return patient;
  }

  byId(id: string) {
    // expect: unscoped-tenant-query
    return this.prisma.patient.findUnique({ where: { id }, include: { documents: true } });
  }

  create(user: SessionUser, dto: CreatePatientDto) {
    return this.prisma.patient.create({ data: { ...dto, birthDate: new Date(dto.birthDate), clinicId: user.clinicId } });
  }

  async updateNotes(user: SessionUser, id: string, input: PatientNotesInput) {
    await this.get(user, id);
    // ok: unscoped-tenant-query
    return this.prisma.patient.update({ where: { id }, data: { notes: input.notes } });
  }

  async remove(user: SessionUser, id: string) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.patient.deleteMany({ where: { id, clinicId: user.clinicId } });
    if (!count) throw new NotFoundException();
  }

  exportRows(user: SessionUser) {
    // ok: unscoped-tenant-query
    return this.prisma.patient.findMany({ where: { clinicId: user.clinicId }, select: { id: true, firstName: true, lastName: true, birthDate: true } });
  }

  addDocument(user: SessionUser, patientId: string, file: Express.Multer.File) {
    return this.prisma.document.create({
      data: { patientId, clinicId: user.clinicId, fileName: file.originalname, mimeType: file.mimetype, size: file.size, storageKey: file.filename },
    });
  }
}
