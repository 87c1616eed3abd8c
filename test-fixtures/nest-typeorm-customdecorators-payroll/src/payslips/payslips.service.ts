import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Payslip } from '../entities/payslip.entity';
import type { JwtUser } from '../auth/decorators';

@Injectable()
export class PayslipsService {
  constructor(@InjectRepository(Payslip) private readonly payslips: Repository<Payslip>) {}

  forEmployee(user: JwtUser, employeeId: string) {
    // ok: unscoped-tenant-query
    return this.payslips
      .createQueryBuilder('p')
      .where('p.employeeId = :id', { id: employeeId })
      .andWhere('p.companyId = :cid', { cid: user.companyId })
      .orderBy('p.period', 'DESC')
      .getMany();
  }

  findForCompany(companyId: string, id: string) {
    // ok: unscoped-tenant-query
    return this.payslips
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere('p.companyId = :cid', { cid: companyId })
      .getOne();
  }

  findForPdf(id: string) {
    // expect: unscoped-tenant-query
    return this.payslips
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .getOne();
  }

  listRuns(companyId: string) {
    // ok: unscoped-tenant-query
    return this.payslips.find({ where: { companyId }, select: { id: true, period: true } });
  }

  exportPeriod(period: string) {
    // ok: unscoped-tenant-query
    return this.payslips.find({ where: { period } });
  }
}
