import { Injectable, NotFoundException } from '@nestjs/common';
import { TenantContext } from '../common/tenant-context.service';
import { PrismaService } from '../prisma/prisma.service';
import { AssignContractorDto, CreateWorkOrderDto } from './dto';

@Injectable()
export class WorkOrdersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly tenant: TenantContext,
  ) {}

  findAll(status?: string) {
    // ok: unscoped-tenant-query
    return this.prisma.workOrder.findMany({
      where: { orgId: this.tenant.orgId, ...(status ? { status } : {}) },
      include: { unit: { select: { label: true } } },
      orderBy: { createdAt: 'desc' },
    });
  }

  async findOne(id: string) {
    // ok: unscoped-tenant-query
    const order = await this.prisma.workOrder.findFirst({
      where: { id, orgId: this.tenant.orgId },
      include: { attachments: true, contractor: true },
    });
    if (!order) throw new NotFoundException('Work order not found');
    return order;
  }

  async create(dto: CreateWorkOrderDto) {
    const { orgId } = this.tenant;
    // ok: unscoped-tenant-query
    const unit = await this.prisma.unit.findFirst({ where: { id: dto.unitId, orgId } });
    if (!unit) throw new NotFoundException('Unknown unit');
    return this.prisma.workOrder.create({
      data: { ...dto, orgId, unitId: unit.id },
    });
  }

  async assign(id: string, dto: AssignContractorDto) {
    const order = await this.findOne(id);
    // ok: unscoped-tenant-query
    const contractor = await this.prisma.contractor.findFirst({
      where: { id: dto.contractorId, orgId: this.tenant.orgId },
    });
    if (!contractor) throw new NotFoundException('Unknown contractor');
    // ok: unscoped-tenant-query
    return this.prisma.workOrder.update({
      where: { id: order.id },
      data: { contractorId: contractor.id, costCents: dto.quotedCents, status: 'assigned' },
    });
  }

  // status changes come from the mobile app, which only shows the user's own orders
  setStatus(id: string, status: string, costCents?: number) {
    // expect: unscoped-tenant-query
    return this.prisma.workOrder.update({
      where: { id },
      data: { status, costCents },
    });
  }
}
