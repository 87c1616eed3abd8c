import {
  Body,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  NotFoundException,
  Param,
  Patch,
  Post,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Candidate } from './candidate.entity';
import { Application } from './application.entity';
import { CreateCandidateDto } from './candidates.dto';
import { CurrentUser, AuthUser } from '../common/current-user.decorator';
import { Roles } from '../common/roles.decorator';
import { RolesGuard } from '../common/roles.guard';

@Controller('candidates')
@UseGuards(RolesGuard)
export class CandidatesController {
  constructor(
    @InjectRepository(Candidate) private readonly candidates: Repository<Candidate>,
    @InjectRepository(Application) private readonly applications: Repository<Application>,
  ) {}

  @Get()
  list(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.candidates.find({ where: { companyId: user.companyId } });
  }

  @Get(':id')
  async findOne(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const candidate = await this.candidates.findOne({ where: { id }, relations: ['applications'] });
    if (!candidate) throw new NotFoundException();
    if (candidate.companyId !== user.companyId) throw new ForbiddenException();
    return candidate;
  }

  @Post()
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateCandidateDto) {
    const candidate = await this.candidates.save(this.candidates.create({ ...dto, companyId: user.companyId }));
    await this.applications.save(this.applications.create({ candidate, job: { id: dto.jobId }, companyId: user.companyId }));
    return candidate;
  }

  // expect: missing-input-validation
  @Patch('applications/:applicationId')
  async moveStage(@Param('applicationId') applicationId: string, @Body() body: { stage: string; score?: number }) {
    // expect: unscoped-tenant-query
    await this.applications.update(applicationId, { stage: body.stage, score: body.score });
    return { ok: true };
  }

  // expect: missing-rate-limit
  @Post(':id/resume')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file', { dest: './uploads/resumes' }))
  async uploadResume(@CurrentUser() user: AuthUser, @Param('id') id: string, @UploadedFile() file: Express.Multer.File) {
    // ok: unscoped-tenant-query
    await this.candidates.update({ id, companyId: user.companyId }, { resumePath: file.path });
    return { path: file.path };
  }

  @Roles('admin')
  @Delete(':id')
  async remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    await this.candidates.delete({ id, companyId: user.companyId });
  }
}
