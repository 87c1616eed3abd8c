import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { AuthUser } from '../auth/current-user.decorator';

@Injectable()
export class PayslipsService {
  constructor(private readonly prisma: PrismaService) {}

  async findOne(user: AuthUser, id: string) {
    // ok: unscoped-tenant-query
    const payslip = await this.prisma.payslip.findUnique({ where: { id }, include: { employee: true } });
    if (!payslip || payslip.companyId !== user.companyId) throw new NotFoundException();
    if (user.role === 'EMPLOYEE' && payslip.employee.userId !== user.id) throw new NotFoundException();
    return payslip;
  }

  forEmployee(employeeId: string) {
    // expect: unscoped-tenant-query
    return this.prisma.payslip.findMany({ where: { employeeId }, orderBy: { id: 'desc' } });
  }

  async mine(user: AuthUser) {
    // ok: unscoped-tenant-query
    const me = await this.prisma.employee.findFirst({ where: { userId: user.id, companyId: user.companyId } });
    if (!me) return [];
    // ok: unscoped-tenant-query
    return this.prisma.payslip.findMany({ where: { employeeId: me.id, companyId: user.companyId } });
  }

  exportRun(companyId: string, payRunId: string) {
    // ok: unscoped-tenant-query
    return this.prisma.payslip.findMany({ where: { payRunId, companyId }, include: { employee: true } });
  }

  async attachPdf(companyId: string, id: string, path: string) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.payslip.updateMany({ where: { id, companyId }, data: { pdfPath: path } });
    if (!count) throw new NotFoundException();
  }
}
