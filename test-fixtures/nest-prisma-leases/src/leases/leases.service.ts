import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { LeaseStatus } from '@prisma/client';
import { storeUpload } from '../common/storage';
import { PrismaService } from '../prisma/prisma.service';

export interface UpdateLeaseInput {
  tenantName?: string;
  tenantEmail?: string;
  monthlyRentCents?: number;
  depositCents?: number;
  endDate?: string;
}

function csvCell(value: string | number): string {
  let text = String(value);
  // Neutralise spreadsheet formulas in user-controlled cells.
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

@Injectable()
export class LeasesService {
  constructor(private readonly prisma: PrismaService) {}

  list(orgId: string) {
    return this.prisma.lease.findMany({
      where: { orgId },
      include: { property: { select: { id: true, name: true } } },
      orderBy: { startDate: 'desc' },
    });
  }

  async findOne(id: string) {
    // expect: unscoped-tenant-query
    const lease = await this.prisma.lease.findUnique({ where: { id }, include: { property: true, documents: true } });
    if (!lease) {
      throw new NotFoundException('Lease not found');
    }
    return lease;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async create(orgId: string, body: any) {
    // ok: unscoped-tenant-query
    const property = await this.prisma.property.findFirst({ where: { id: body.propertyId, orgId }, select: { id: true } });
    if (!property) {
      throw new NotFoundException('Property not found');
    }
    return this.prisma.lease.create({ data: { ...body, orgId } });
  }

  update(id: string, body: UpdateLeaseInput) {
    // expect: unscoped-tenant-query
    return this.prisma.lease.update({ where: { id }, data: body });
  }

  async renew(orgId: string, id: string, input: { endDate: Date; monthlyRentCents?: number }) {
    // ok: unscoped-tenant-query
    const lease = await this.prisma.lease.findFirst({ where: { id, orgId } });
    if (!lease) {
      throw new NotFoundException('Lease not found');
    }
    if (input.endDate <= lease.endDate) {
      throw new BadRequestException('The new end date must be after the current end date');
    }
    return this.prisma.lease.update({
      where: { id: lease.id },
      data: {
        endDate: input.endDate,
        monthlyRentCents: input.monthlyRentCents ?? lease.monthlyRentCents,
        status: LeaseStatus.active,
      },
    });
  }

  async remove(id: string): Promise<void> {
    await this.prisma.lease.delete({ where: { id } });
  }

  async attachSignedCopy(orgId: string, userId: string, id: string, file: Express.Multer.File | undefined) {
    if (!file) {
      throw new BadRequestException('file is required');
    }
    // ok: unscoped-tenant-query
    const lease = await this.prisma.lease.findFirst({ where: { id, orgId }, select: { id: true, propertyId: true } });
    if (!lease) {
      throw new NotFoundException('Lease not found');
    }
    const storageKey = await storeUpload(file.buffer);
    const [, document] = await this.prisma.$transaction([
      this.prisma.lease.update({
        where: { id: lease.id },
        data: { signedDocumentKey: storageKey, status: LeaseStatus.active },
      }),
      this.prisma.document.create({
        data: {
          orgId,
          leaseId: lease.id,
          propertyId: lease.propertyId,
          filename: file.originalname.slice(0, 255),
          mimeType: file.mimetype,
          sizeBytes: file.size,
          storageKey,
          uploadedById: userId,
        },
      }),
    ]);
    return document;
  }

  async terminate(orgId: string, id: string) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.lease.updateMany({ where: { id, orgId, status: { in: [LeaseStatus.draft, LeaseStatus.active] } }, data: { status: LeaseStatus.terminated, endDate: new Date() } });
    if (count === 0) {
      throw new NotFoundException('No open lease with that id');
    }
    return { id, status: LeaseStatus.terminated };
  }

  async exportCsv(orgId: string): Promise<string> {
    const leases = await this.prisma.lease.findMany({
      where: { orgId },
      include: { property: { select: { name: true } } },
      orderBy: { startDate: 'asc' },
    });
    const header = ['lease_id', 'property', 'tenant_name', 'tenant_email', 'monthly_rent_cents', 'start_date', 'end_date', 'status'];
    const rows = leases.map((lease) => [
      lease.id,
      lease.property.name,
      lease.tenantName,
      lease.tenantEmail,
      lease.monthlyRentCents,
      lease.startDate.toISOString().slice(0, 10),
      lease.endDate.toISOString().slice(0, 10),
      lease.status,
    ]);
    return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n');
  }
}
