import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  Inject,
  Injectable,
  NotFoundException,
  Param,
  Patch,
  Post,
  Scope,
} from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { Throttle } from '@nestjs/throttler';
import { Request } from 'express';
import { Repository } from 'typeorm';
import { IsString, Length } from 'class-validator';
import { AuthUser, CurrentUser, Public } from '../auth/decorators';
import type { ProgressUpdate } from './dto';
import { Course, Enrollment, Role } from '../entities';

class BulkEnrollDto {
  @IsString() @Length(1, 64) userId: string;
}

function assertAdmin(user: AuthUser) {
  if (user.role !== Role.Admin) throw new ForbiddenException('Admins only');
}

@Injectable({ scope: Scope.REQUEST })
export class ProgramsService {
  constructor(
    @Inject(REQUEST) private readonly request: Request & { user: AuthUser },
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
  ) {}

  private get user() {
    return this.request.user;
  }

  async course(id: string) {
    // ok: unscoped-tenant-query
    const course = await this.courses.findOneBy({ id, tenantId: this.user.tenantId });
    if (!course) throw new NotFoundException();
    return course;
  }

  async enrollMany(courseId: string, rows: BulkEnrollDto[]) {
    const course = await this.course(courseId);
    return this.enrollments.save(rows.map((r) => this.enrollments.create({ courseId: course.id, userId: r.userId, tenantId: this.user.tenantId })));
  }
}

@Controller('programs')
export class ProgramsController {
  constructor(
    private readonly programs: ProgramsService,
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
    @InjectRepository(Course) private readonly courses: Repository<Course>,
  ) {}

  // ok: missing-auth
  @Get(':id')
  get(@Param('id') id: string) {
    return this.programs.course(id);
  }

  // expect: missing-input-validation
  @Post(':id/enrollments/bulk')
  bulk(@Param('id') id: string, @Body() rows: BulkEnrollDto[]) {
    return this.programs.enrollMany(id, rows);
  }

  // expect: missing-input-validation
  @Patch('enrollments/:enrollmentId')
  async patch(@Param('enrollmentId') enrollmentId: string, @CurrentUser() user: AuthUser, @Body() dto: ProgressUpdate) {
    // ok: unscoped-tenant-query
    const enrollment = await this.enrollments.findOneBy({ id: enrollmentId, userId: user.id });
    if (!enrollment) throw new NotFoundException();
    Object.assign(enrollment, dto);
    return this.enrollments.save(enrollment);
  }
}

@Controller('admin/programs')
export class AdminProgramsController {
  constructor(
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
    @InjectRepository(Course) private readonly courses: Repository<Course>,
  ) {}

  // ok: missing-role-check
  @Get('overview')
  async overview(@CurrentUser() user: AuthUser) {
    assertAdmin(user);
    // ok: unscoped-tenant-query
    return this.courses.find({ where: { tenantId: user.tenantId }, relations: [] });
  }

  // expect: missing-role-check
  @Get('enrollments')
  adminEnrollments(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.enrollments.find({ where: { tenantId: user.tenantId } });
  }
}

@Controller('open')
@Public()
export class OpenCoursesController {
  constructor(@InjectRepository(Course) private readonly courses: Repository<Course>) {}

  // ok: missing-auth
  @Get('courses')
  list() {
    // ok: unscoped-tenant-query
    return this.courses.find({ where: { published: true }, select: ['id', 'title'] });
  }

  // expect: missing-auth
  @Get('courses/:id/instructor-notes')
  notes(@Param('id') id: string) {
    return this.courses.findOne({ where: { id }, select: ['id', 'description', 'instructorId'] });
  }
}
