import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { CurrentUser, SessionUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { CreatePatientDto, PatientNotesInput } from './dto';
import { PatientsService } from './patients.service';

@Controller('patients')
export class PatientsController {
  constructor(private readonly patients: PatientsService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: SessionUser, @Query('q') q?: string) {
    return this.patients.list(user, q);
  }

  // expect: missing-rate-limit
  @Get('export')
  @Header('Content-Type', 'text/csv')
  @Header('Content-Disposition', 'attachment; filename="patients.csv"')
  async export(@CurrentUser() user: SessionUser) {
    const rows = await this.patients.exportRows(user);
    return ['id,firstName,lastName,birthDate', ...rows.map((r) => `${r.id},${r.firstName},${r.lastName},${r.birthDate.toISOString()}`)].join('\n');
  }

  // ok: missing-auth
  @Get(':id')
  get(@CurrentUser() user: SessionUser, @Param('id') id: string) {
    return this.patients.get(user, id);
  }

  // ok: missing-auth
  @Get(':id/documents')
  async documents(@Param('id') id: string) {
    const patient = await this.patients.byId(id);
    return patient?.documents ?? [];
  }

  // ok: missing-auth, missing-input-validation
  @Post()
  create(@CurrentUser() user: SessionUser, @Body() dto: CreatePatientDto) {
    return this.patients.create(user, dto);
  }

  // expect: missing-input-validation
  @Patch(':id/notes')
  updateNotes(@CurrentUser() user: SessionUser, @Param('id') id: string, @Body() input: PatientNotesInput) {
    return this.patients.updateNotes(user, id, input);
  }

  // ok: missing-role-check
  @Delete(':id')
  @Roles('ADMIN')
  @HttpCode(204)
  remove(@CurrentUser() user: SessionUser, @Param('id') id: string) {
    return this.patients.remove(user, id);
  }

  // expect: missing-rate-limit
  @Post(':id/documents')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file', { dest: 'uploads/patient-docs' }))
  upload(@CurrentUser() user: SessionUser, @Param('id') id: string, @UploadedFile() file: Express.Multer.File) {
    return this.patients.addDocument(user, id, file);
  }
}
