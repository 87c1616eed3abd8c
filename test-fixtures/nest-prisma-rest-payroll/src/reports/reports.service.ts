import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { AuthUser } from '../auth/current-user.decorator';
import { CreateAllowanceDto, UpdateAllowanceDto } from './reports.dto';

@Injectable()
export class ReportsService {
  constructor(private readonly prisma: PrismaService) {}

  payslipTotals(user: AuthUser, employeeId: string) {
    const { companyId } = user;
    // ok: unscoped-tenant-query
    return this.prisma.payslip.aggregate({ where: { employeeId, companyId }, _sum: { grossCents: true, netCents: true } });
  }

  payslipRaw(id: string) {
    // expect: unscoped-tenant-query
    return this.prisma.$queryRaw`SELECT "id", "grossCents", "netCents" FROM "Payslip" WHERE "id" = ${id}`;
  }

  byEmployeeRelation(user: AuthUser, employeeId: string) {
    // scoped through the employee relation's company
    // ok: unscoped-tenant-query
    return this.prisma.payslip.findMany({ where: { employeeId, employee: { companyId: user.companyId } } });
  }

  async addAllowances(user: AuthUser, employeeId: string, items: CreateAllowanceDto[]) {
    // ok: unscoped-tenant-query
    const employee = await this.prisma.employee.findFirst({ where: { id: employeeId, companyId: user.companyId } });
    if (!employee) throw new NotFoundException();
    return this.prisma.allowance.createMany({
      data: items.map((i) => ({ ...i, employeeId: employee.id, companyId: employee.companyId })),
    });
  }

  async updateAllowance(user: AuthUser, id: string, dto: UpdateAllowanceDto) {
    // ok: unscoped-tenant-query
    const [, updated] = await this.prisma.$transaction([
      this.prisma.allowance.findFirstOrThrow({ where: { id, companyId: user.companyId } }),
      this.prisma.allowance.updateMany({ where: { id, companyId: user.companyId }, data: dto }),
    ]);
    return updated;
  }
}
