import {
  Body,
  Controller,
  Delete,
  FileTypeValidator,
  ForbiddenException,
  Get,
  MaxFileSizeValidator,
  NotFoundException,
  Param,
  ParseFilePipe,
  Patch,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { randomUUID } from 'crypto';
import { AuthUser, CurrentUser, Roles } from '../auth/decorators';
import { Lesson, Role, Submission } from '../entities';
import { putObject } from './storage';

class SubmitDto {
  @IsUUID() lessonId: string;
}

class GradeDto {
  @IsInt() @Min(0) @Max(100) grade: number;
  @IsOptional() @IsString() feedback?: string;
}

@Controller('submissions')
export class SubmissionsController {
  constructor(
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    @InjectRepository(Lesson) private readonly lessons: Repository<Lesson>,
  ) {}

  // ok: missing-rate-limit, missing-input-validation
  @Post()
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  async submit(@CurrentUser() user: AuthUser, @UploadedFile() file: Express.Multer.File, @Body() dto: SubmitDto) {
    // ok: unscoped-tenant-query
    const lesson = await this.lessons.findOne({ where: { id: dto.lessonId, tenantId: user.tenantId } });
    if (!lesson) throw new NotFoundException();
    const key = `${user.tenantId}/${randomUUID()}`;
    await putObject(key, file.buffer);
    return this.submissions.save(
      this.submissions.create({ tenantId: user.tenantId, lessonId: lesson.id, studentId: user.id, storageKey: key }),
    );
  }

  // ok: missing-rate-limit
  @Post('pdf')
  // ok: unrestricted-upload
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 10 * 1024 * 1024 } }))
  async submitPdf(
    @CurrentUser() user: AuthUser,
    @Body() dto: SubmitDto,
    @UploadedFile(
      new ParseFilePipe({
        validators: [new MaxFileSizeValidator({ maxSize: 10 * 1024 * 1024 }), new FileTypeValidator({ fileType: 'application/pdf' })],
      }),
    )
    file: Express.Multer.File,
  ) {
    // ok: unscoped-tenant-query
    const lesson = await this.lessons.findOneBy({ id: dto.lessonId, tenantId: user.tenantId });
    if (!lesson) throw new NotFoundException();
    const key = `${user.tenantId}/${randomUUID()}.pdf`;
    await putObject(key, file.buffer);
    return this.submissions.save(
      this.submissions.create({ tenantId: user.tenantId, lessonId: lesson.id, studentId: user.id, storageKey: key }),
    );
  }

  // ok: missing-auth
  @Get('mine')
  mine(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.submissions.find({ where: { studentId: user.id, tenantId: user.tenantId } });
  }

  @Get(':id')
  async findOne(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    const submission = await this.submissions.findOneBy({ id });
    if (!submission) throw new NotFoundException();
    return submission;
  }

  @Roles(Role.Instructor)
  // ok: missing-input-validation
  @Patch(':id/grade')
  async grade(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body() dto: GradeDto) {
    // ok: unscoped-tenant-query
    const submission = await this.submissions.findOne({ where: { id, tenantId: user.tenantId } });
    if (!submission) throw new NotFoundException();
    submission.grade = dto.grade;
    submission.feedback = dto.feedback ?? null;
    return this.submissions.save(submission);
  }

  @Delete(':id')
  async withdraw(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    const submission = await this.submissions.findOneBy({ id });
    if (!submission || submission.studentId !== user.id) throw new ForbiddenException();
    if (submission.grade !== null) throw new ForbiddenException('Already graded');
    await this.submissions.remove(submission);
  }

  // expect: missing-input-validation
  @Patch(':id/feedback')
  async editFeedback(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body('feedback') feedback: string) {
    // expect: unscoped-tenant-query
    await this.submissions.update({ id }, { feedback });
    return { ok: true };
  }
}
