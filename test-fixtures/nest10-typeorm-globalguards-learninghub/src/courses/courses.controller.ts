import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { AuthUser, CurrentUser, Public, Roles } from '../auth/decorators';
import { Role } from '../entities';
import { CoursesService } from './courses.service';
import { CreateCourseDto, CreateLessonDto, ProgressUpdate, UpdateCourseDto } from './dto';

@Controller('courses')
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Public()
  // ok: missing-auth
  @Get('catalog')
  catalog() {
    return this.courses.publicCatalog();
  }

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.courses.findAll(user.tenantId);
  }

  // ok: missing-auth
  @Get(':id')
  findOne(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.courses.findOne(id, user.tenantId);
  }

  @Public()
  // expect: missing-auth
  @Get(':id/syllabus')
  syllabus(@Param('id') id: string) {
    return this.courses.syllabus(id);
  }

  @Roles(Role.Instructor, Role.Admin)
  @Get(':id/enrollments')
  enrollments(@Param('id') id: string) {
    return this.courses.enrollmentsOf(id);
  }

  @Roles(Role.Instructor, Role.Admin)
  // ok: missing-input-validation
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCourseDto) {
    return this.courses.create(user, dto);
  }

  @Roles(Role.Instructor, Role.Admin)
  // expect: missing-input-validation
  @Patch(':id')
  update(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body() dto: Partial<UpdateCourseDto>) {
    return this.courses.update(id, user.tenantId, dto);
  }

  @Roles(Role.Admin)
  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    return this.courses.remove(id, user.tenantId);
  }

  @Roles(Role.Instructor)
  // ok: missing-input-validation
  @Post(':id/lessons')
  addLesson(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body() dto: CreateLessonDto) {
    return this.courses.addLesson(user, id, dto);
  }

  @Post(':id/enroll')
  enroll(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    return this.courses.enroll(user, id);
  }

  // expect: missing-input-validation
  @Patch('enrollments/:enrollmentId/progress')
  progress(@Param('enrollmentId') enrollmentId: string, @CurrentUser() user: AuthUser, @Body() body: ProgressUpdate) {
    return this.courses.setProgress(user, enrollmentId, body.progress);
  }
}
