import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  ParseBoolPipe,
  Patch,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { CreateEmployeeDto, UpdateEmployeeDto } from './employees.dto';
import { EmployeesService } from './employees.service';

@Controller('employees')
@Roles('ADMIN', 'PAYROLL_MANAGER')
export class EmployeesController {
  constructor(private readonly employees: EmployeesService) {}

  @Get()
  // ok: missing-auth, unscoped-tenant-query
  list(@CurrentUser() user: AuthUser, @Query('inactive', new ParseBoolPipe({ optional: true })) inactive?: boolean) {
    return this.employees.list(user.companyId, inactive);
  }

  @Get(':id')
  // ok: missing-auth
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.employees.get(user.companyId, id);
  }

  @Post()
  // ok: missing-auth, missing-input-validation
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateEmployeeDto) {
    return this.employees.create(user.companyId, dto);
  }

  @Patch(':id')
  // ok: missing-auth, missing-input-validation
  update(@Param('id') id: string, @Body() dto: UpdateEmployeeDto) {
    return this.employees.update(id, dto);
  }

  @Patch(':id/iban')
  // a primitive body parameter is not checked by the global ValidationPipe
  // expect: missing-input-validation
  // ok: missing-auth
  setIban(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body('iban') iban: string) {
    return this.employees.setIban(user.companyId, id, iban);
  }

  @Delete(':id')
  @Roles('ADMIN')
  // ok: missing-auth, missing-role-check
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.employees.remove(user.companyId, id);
  }

  @Post('import')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  // expect: missing-rate-limit, missing-input-validation
  // ok: missing-auth
  importCsv(@CurrentUser() user: AuthUser, @UploadedFile() file: Express.Multer.File) {
    return this.employees.importCsv(user.companyId, file.buffer.toString('utf8'));
  }
}
