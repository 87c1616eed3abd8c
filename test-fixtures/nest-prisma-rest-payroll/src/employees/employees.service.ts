import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { PrismaService } from '../prisma/prisma.service';
import { CreateEmployeeDto, UpdateEmployeeDto } from './employees.dto';

@Injectable()
export class EmployeesService {
  private readonly logger = new Logger(EmployeesService.name);

  constructor(private readonly prisma: PrismaService) {}

  list(companyId: string, includeInactive = false) {
    // ok: unscoped-tenant-query
    return this.prisma.employee.findMany({
      where: { companyId, ...(includeInactive ? {} : { active: true }) },
      orderBy: { lastName: 'asc' },
    });
  }

  async get(companyId: string, id: string) {
    // ok: unscoped-tenant-query
    const employee = await this.prisma.employee.findFirst({ where: { id, companyId } });
    if (!employee) throw new NotFoundException();
    return employee;
  }

  create(companyId: string, dto: CreateEmployeeDto) {
    return this.prisma.employee.create({ data: { ...dto, companyId } });
  }

  update(id: string, dto: UpdateEmployeeDto) {
    // expect: unscoped-tenant-query
    return this.prisma.employee.update({ where: { id }, data: dto });
  }

  async setIban(companyId: string, id: string, iban: string) {
    await this.get(companyId, id);
    // ok: unscoped-tenant-query
    return this.prisma.employee.update({ where: { id }, data: { iban } });
  }

  async remove(companyId: string, id: string) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.employee.deleteMany({ where: { id, companyId } });
    if (count === 0) throw new NotFoundException();
  }

  async importCsv(companyId: string, csv: string) {
    const rows: Array<Record<string, string>> = parse(csv, { columns: true, skip_empty_lines: true });
    await this.prisma.employee.createMany({
      data: rows.map((r) => ({
        companyId,
        firstName: r.first_name,
        lastName: r.last_name,
        email: r.email,
        salaryCents: Number(r.salary_cents),
      })),
    });
    this.logger.log(`imported ${rows.length} employees into ${companyId}`);
    return { imported: rows.length };
  }
}
