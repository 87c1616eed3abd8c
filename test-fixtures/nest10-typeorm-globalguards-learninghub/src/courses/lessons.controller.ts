import { CanActivate, Controller, ExecutionContext, Get, Injectable, Param, Query, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { AuthUser, CurrentUser, Public } from '../auth/decorators';
import { Course, Lesson } from '../entities';

class LessonFilterDto {
  @IsOptional() @IsString() @IsIn(['draft', 'live']) state?: string;
}

@Injectable()
export class CourseInTenantGuard implements CanActivate {
  constructor(@InjectRepository(Course) private readonly courses: Repository<Course>) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest();
    // ok: unscoped-tenant-query
    const course = await this.courses.findOne({ where: { id: req.params.courseId, tenantId: req.user.tenantId } });
    return !!course;
  }
}

@Controller('courses/:courseId/lessons')
@UseGuards(CourseInTenantGuard)
export class LessonsController {
  constructor(@InjectRepository(Lesson) private readonly lessons: Repository<Lesson>) {}

  // ok: missing-auth
  @Get()
  list(@Param('courseId') courseId: string) {
    // ok: unscoped-tenant-query
    return this.lessons.find({ where: { courseId }, order: { title: 'ASC' } });
  }

  // ok: missing-auth
  @Get(':lessonId')
  one(@Param('courseId') courseId: string, @Param('lessonId') lessonId: string) {
    // ok: unscoped-tenant-query
    return this.lessons.findOne({ where: { id: lessonId, courseId } });
  }
}

@Controller('partner-api/lessons')
@Public()
@UseGuards(AuthGuard('partner-api-key'))
export class PartnerLessonsController {
  constructor(@InjectRepository(Lesson) private readonly lessons: Repository<Lesson>) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() partner: AuthUser, @Query() filter: LessonFilterDto) {
    // ok: unscoped-tenant-query
    return this.lessons.find({ where: { tenantId: partner.tenantId, ...(filter.state === 'live' ? { attendees: 0 } : {}) }, take: 100 });
  }

  // ok: missing-auth
  @Get(':id')
  one(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    return this.lessons.findOneBy({ id });
  }
}
