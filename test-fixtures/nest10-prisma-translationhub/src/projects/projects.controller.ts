import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { AuthUser, CurrentUser, Roles } from '../common/decorators';
import { ProjectsService } from './projects.service';
import { CreateProjectDto, GlossaryImport, UpdateProjectDto } from './dto/project.dto';

@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser, @Query('status') status?: string) {
    return this.projects.list(user.orgId, status);
  }

  @SkipThrottle()
  // expect: missing-rate-limit
  @Get('export.csv')
  @Header('content-type', 'text/csv')
  exportCsv(@CurrentUser() user: AuthUser) {
    return this.projects.exportCsv(user.orgId);
  }

  // ok: missing-auth
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.projects.get(user.orgId, id);
  }

  @Roles('admin', 'pm')
  // ok: missing-input-validation
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateProjectDto) {
    return this.projects.create(user.orgId, dto);
  }

  // expect: missing-input-validation
  @Patch(':id')
  async update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: Partial<UpdateProjectDto>) {
    return this.projects.update(id, dto);
  }

  // ok: missing-input-validation
  @Delete(':id')
  @HttpCode(204)
  archive(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.projects.archive(user.orgId, id);
  }

  // expect: missing-input-validation
  @Put(':id/notes')
  @HttpCode(204)
  saveNotes(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body('notes') notes: string) {
    return this.projects.saveNotes(user.orgId, id, notes);
  }

  // expect: missing-input-validation
  // ok: missing-rate-limit
  @Post('glossaries/import')
  importGlossary(@CurrentUser() user: AuthUser, @Body() input: GlossaryImport) {
    return this.projects.importGlossary(user.orgId, input);
  }
}
