import { Injectable, NotFoundException } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { PrismaService } from '../prisma/prisma.service';
import { CreatePropertyDto, CreateUnitDto } from './dto';

@Injectable()
export class PropertiesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cls: ClsService,
  ) {}

  list() {
    // ok: unscoped-tenant-query
    return this.prisma.property.findMany({
      where: { orgId: this.cls.get('orgId') },
      orderBy: { name: 'asc' },
    });
  }

  async get(id: string) {
    const orgId = this.cls.get<string>('orgId');
    // ok: unscoped-tenant-query
    const property = await this.prisma.property.findFirst({
      where: { id, orgId },
      include: { units: true },
    });
    if (!property) throw new NotFoundException();
    return property;
  }

  create(dto: CreatePropertyDto) {
    return this.prisma.property.create({
      data: { ...dto, orgId: this.cls.get('orgId') },
    });
  }

  async addUnit(propertyId: string, dto: CreateUnitDto) {
    const property = await this.get(propertyId);
    return this.prisma.unit.create({
      data: { ...dto, propertyId: property.id, orgId: property.orgId },
    });
  }

  // the unit page is opened from a work order, so the unit id is "known good"
  unit(unitId: string) {
    // expect: unscoped-tenant-query
    return this.prisma.unit.findUnique({
      where: { id: unitId },
      include: { workOrders: { orderBy: { createdAt: 'desc' }, take: 20 } },
    });
  }

  async unitWorkOrder(unitId: string, orderId: string) {
    // ok: unscoped-tenant-query
    const order = await this.prisma.workOrder.findFirst({
      where: { id: orderId, unitId, unit: { property: { orgId: this.cls.get('orgId') } } },
      include: { attachments: true },
    });
    if (!order) throw new NotFoundException();
    return order;
  }

  async remove(id: string) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.property.deleteMany({
      where: { id, orgId: this.cls.get('orgId') },
    });
    if (count === 0) throw new NotFoundException();
  }
}
