import { Body, Controller, Delete, Get, Param, Patch, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Roles } from '../auth/roles.decorator';
import { ProjectsService } from './projects.service';
import { CreateProjectDto, InviteDto } from './projects.dto';

@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  list() {
    return this.projects.list();
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.projects.get(id);
  }

  @Post()
  create(@Body() dto: CreateProjectDto) {
    return this.projects.create(dto.name);
  }

  // expect: missing-input-validation
  @Patch(':id')
  rename(@Param('id') id: string, @Body() body: Record<string, unknown>) {
    return this.projects.rename(id, body);
  }

  // expect: missing-rate-limit
  @Post(':id/invites')
  invite(@Param('id') id: string, @Body() dto: InviteDto) {
    return this.projects.invite(id, dto.email);
  }

  @Roles('owner')
  @Patch(':id/archive')
  archive(@Param('id') id: string) {
    return this.projects.archive(id);
  }

  // the CSV's lines become document rows as they come (filter(Boolean) checks no field)
  // expect: missing-rate-limit, missing-input-validation
  @Post(':id/import')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  importCsv(@Param('id') id: string, @UploadedFile() file: Express.Multer.File) {
    return this.projects.importRows(id, file.buffer.toString('utf8'));
  }
}
