import { Body, Controller, Get, NotFoundException, Param, Patch } from '@nestjs/common';
import { CurrentUser, JwtUser } from '../auth/decorators';
import { EmployeesService } from './employees.service';
import { ChangeRoleDto, UpdateEmployeeDto } from './dto';

@Controller('employees')
export class EmployeesController {
  constructor(private readonly employees: EmployeesService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: JwtUser) {
    return this.employees.list(user);
  }

  @Get(':id')
  async findOne(@CurrentUser() user: JwtUser, @Param('id') id: string) {
    const employee = await this.employees.findOne(user, id);
    if (!employee) throw new NotFoundException();
    return employee;
  }

  @Get(':id/bank-details')
  async bankDetails(@Param('id') id: string) {
    const employee = await this.employees.findById(id);
    if (!employee) throw new NotFoundException();
    return { iban: employee.iban };
  }

  // ok: missing-input-validation
  @Patch(':id')
  update(@CurrentUser() user: JwtUser, @Param('id') id: string, @Body() dto: UpdateEmployeeDto) {
    return this.employees.update(user, id, dto);
  }

  // expect: missing-role-check
  @Patch(':id/role')
  changeRole(@CurrentUser() user: JwtUser, @Param('id') id: string, @Body() dto: ChangeRoleDto) {
    return this.employees.changeRole(user, id, dto.role);
  }
}
