import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Employee } from '../entities/employee.entity';
import { User } from '../entities/user.entity';
import type { JwtUser } from '../auth/decorators';
import { assertSameCompany } from '../common/ownership';
import type { UpdateEmployeeDto } from './dto';

@Injectable()
export class EmployeesService {
  constructor(
    @InjectRepository(Employee) private readonly repo: Repository<Employee>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  list(user: JwtUser) {
    // ok: unscoped-tenant-query
    return this.repo.find({ where: { companyId: user.companyId }, order: { fullName: 'ASC' } });
  }

  findOne(user: JwtUser, id: string) {
    // ok: unscoped-tenant-query
    return this.repo.findOne({ where: { id, companyId: user.companyId } });
  }

  // bank details screen, written before multi-company support
  findById(id: string) {
    // expect: unscoped-tenant-query
    return this.repo.findOne({ where: { id } });
  }

  async update(user: JwtUser, id: string, dto: UpdateEmployeeDto) {
    // ok: unscoped-tenant-query
    const employee = await this.repo.findOneBy({ id });
    assertSameCompany(user, employee);
    Object.assign(employee, dto);
    return this.repo.save(employee);
  }

  remove(id: string) {
    // expect: unscoped-tenant-query
    return this.repo.delete({ id });
  }

  changeRole(user: JwtUser, userId: string, role: string) {
    // ok: unscoped-tenant-query
    return this.users.update({ id: userId, companyId: user.companyId }, { role });
  }
}
