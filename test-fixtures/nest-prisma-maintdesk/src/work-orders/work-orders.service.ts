import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { AuthUser } from '../auth/current-user.decorator';
import { CreateWorkOrderDto, UpdateWorkOrderDto } from './dto';

@Injectable()
export class WorkOrdersService {
  constructor(private readonly prisma: PrismaService) {}

  list(user: AuthUser, status?: string) {
    // ok: unscoped-tenant-query
    return this.prisma.workOrder.findMany({
      where: { companyId: user.companyId, ...(status ? { status } : {}) },
      orderBy: { createdAt: 'desc' },
    });
  }

  async findOne(user: AuthUser, id: string) {
    // ok: unscoped-tenant-query
    const order = await this.prisma.workOrder.findFirst({ where: { id, companyId: user.companyId } });
    if (!order) throw new NotFoundException('Work order not found');
    return order;
  }

  create(user: AuthUser, dto: CreateWorkOrderDto) {
    return this.prisma.workOrder.create({ data: { ...dto, companyId: user.companyId } });
  }

  async update(user: AuthUser, id: string, changes: Partial<UpdateWorkOrderDto>) {
    const existing = await this.findOne(user, id);
    // ok: unscoped-tenant-query
    return this.prisma.workOrder.update({ where: { id: existing.id }, data: changes });
  }

  assign(id: string, assigneeId: string) {
    // expect: unscoped-tenant-query
    return this.prisma.workOrder.update({ where: { id }, data: { assigneeId, status: 'assigned' } });
  }

  close(user: AuthUser, id: string) {
    // ok: unscoped-tenant-query
    return this.prisma.workOrder.updateMany({
      where: { id, companyId: user.companyId },
      data: { status: 'closed', closedAt: new Date() },
    });
  }

  remove(user: AuthUser, id: string) {
    // ok: unscoped-tenant-query
    return this.prisma.workOrder.deleteMany({ where: { id, companyId: user.companyId } });
  }
}
