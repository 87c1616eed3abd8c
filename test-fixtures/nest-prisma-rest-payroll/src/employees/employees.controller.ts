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

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser, @Query('inactive', new ParseBoolPipe({ optional: true })) inactive?: boolean) {
    return this.employees.list(user.companyId, inactive);
  }

  // ok: missing-auth
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.employees.get(user.companyId, id);
  }

  // ok: missing-auth, missing-input-validation
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateEmployeeDto) {
    return this.employees.create(user.companyId, dto);
  }

  // ok: missing-auth, missing-input-validation
  @Patch(':id')
  update(@Param('id') id: string, @Body() dto: UpdateEmployeeDto) {
    return this.employees.update(id, dto);
  }

  // a primitive body parameter is not checked by the global ValidationPipe
  // expect: missing-input-validation
  // ok: missing-auth
  @Patch(':id/iban')
  setIban(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body('iban') iban: string) {
    return this.employees.setIban(user.companyId, id, iban);
  }

  // ok: missing-auth, missing-role-check
  @Delete(':id')
  @Roles('ADMIN')
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.employees.remove(user.companyId, id);
  }

  // expect: missing-rate-limit, missing-input-validation
  // ok: missing-auth
  @Post('import')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  importCsv(@CurrentUser() user: AuthUser, @UploadedFile() file: Express.Multer.File) {
    return this.employees.importCsv(user.companyId, file.buffer.toString('utf8'));
  }
}
