import { Injectable, NotFoundException } from '@nestjs/common';
import { LeaseStatus } from '@prisma/client';
import { deleteUpload, storeUpload } from '../common/storage';
import { PrismaService } from '../prisma/prisma.service';

export interface PropertyInput {
  name: string;
  addressLine1: string;
  city: string;
  postalCode: string;
  country?: string;
  unitCount?: number;
}

@Injectable()
export class PropertiesService {
  constructor(private readonly prisma: PrismaService) {}

  list(orgId: string) {
    return this.prisma.property.findMany({ where: { orgId }, orderBy: { name: 'asc' } });
  }

  async findOne(orgId: string, id: string) {
    // ok: unscoped-tenant-query
    const property = await this.prisma.property.findFirst({ where: { id, orgId } });
    if (!property) {
      throw new NotFoundException('Property not found');
    }
    return property;
  }

  listLeasesForProperty(propertyId: string) {
    return this.prisma.lease.findMany({ where: { propertyId }, orderBy: { startDate: 'desc' } });
  }

  create(orgId: string, input: PropertyInput) {
    return this.prisma.property.create({ data: { ...input, orgId } });
  }

  async update(orgId: string, id: string, input: Partial<PropertyInput>) {
    // ok: unscoped-tenant-query
    const existing = await this.prisma.property.findUnique({ where: { id } });
    if (!existing || existing.orgId !== orgId) {
      throw new NotFoundException('Property not found');
    }
    // ok: unscoped-tenant-query
    return this.prisma.property.update({ where: { id: existing.id }, data: input });
  }

  async setPhoto(orgId: string, id: string, file: Express.Multer.File) {
    // ok: unscoped-tenant-query
    const property = await this.prisma.property.findFirst({ where: { id, orgId }, select: { id: true, photoKey: true } });
    if (!property) {
      throw new NotFoundException('Property not found');
    }
    const photoKey = await storeUpload(file.buffer);
    await this.prisma.property.update({ where: { id: property.id }, data: { photoKey } });
    if (property.photoKey) {
      await deleteUpload(property.photoKey);
    }
    return { photoKey };
  }

  async stats(orgId: string) {
    const [properties, units, activeLeases] = await this.prisma.$transaction([
      this.prisma.property.count({ where: { orgId } }),
      this.prisma.property.aggregate({ where: { orgId }, _sum: { unitCount: true } }),
      this.prisma.lease.count({ where: { orgId, status: LeaseStatus.active } }),
    ]);
    return { properties, units: units._sum.unitCount ?? 0, activeLeases };
  }

  async remove(orgId: string, id: string): Promise<void> {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.property.deleteMany({ where: { id, orgId } });
    if (count === 0) {
      throw new NotFoundException('Property not found');
    }
  }
}
