import { Injectable, NotFoundException } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class TenantRequestsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cls: ClsService,
  ) {}

  private get org() {
    return this.cls.get<string>('orgId');
  }

  inbox() {
    // ok: unscoped-tenant-query
    return this.prisma.tenantRequest.findMany({
      where: { orgId: this.org, status: { in: ['new', 'triaged'] } },
      orderBy: { createdAt: 'asc' },
    });
  }

  async find(id: string) {
    // ok: unscoped-tenant-query
    const request = await this.prisma.tenantRequest.findFirst({ where: { id, orgId: this.org } });
    if (!request) throw new NotFoundException();
    return request;
  }

  async triage(id: string, status: string) {
    // ok: unscoped-tenant-query
    const result = await this.prisma.tenantRequest.updateMany({
      where: { id, orgId: this.org },
      data: { status },
    });
    if (result.count === 0) throw new NotFoundException();
  }
}
