import { Controller, Get, Header, Param } from '@nestjs/common';
import { SkipThrottle, Throttle } from '@nestjs/throttler';
import { AuthUser, CurrentUser, Roles } from '../auth/decorators';
import { Role } from '../entities';
import { CoursesService } from './courses.service';

@Controller('reports')
@SkipThrottle()
@Roles(Role.Instructor, Role.Admin)
export class ReportsController {
  constructor(private readonly courses: CoursesService) {}

  // ok: missing-auth
  @Get('courses/:courseId/summary')
  async summary(@Param('courseId') courseId: string, @CurrentUser() user: AuthUser) {
    const rows = await this.courses.gradebookRows(user.tenantId, courseId);
    const avg = rows.reduce((s, r) => s + r.progress, 0) / Math.max(rows.length, 1);
    return { enrolled: rows.length, averageProgress: avg };
  }

  // expect: missing-rate-limit
  @Get('courses/:courseId/gradebook.csv')
  @Header('Content-Type', 'text/csv')
  async gradebook(@Param('courseId') courseId: string, @CurrentUser() user: AuthUser) {
    const rows = await this.courses.gradebookRows(user.tenantId, courseId);
    return ['userId,progress,enrolledAt', ...rows.map((r) => `${r.userId},${r.progress},${r.enrolledAt.toISOString()}`)].join('\n');
  }

  @SkipThrottle({ default: false })
  // ok: missing-rate-limit
  @Get('courses/:courseId/export')
  @Header('Content-Type', 'text/csv')
  @Header('Content-Disposition', 'attachment; filename="progress.csv"')
  async exportProgress(@Param('courseId') courseId: string, @CurrentUser() user: AuthUser) {
    const rows = await this.courses.gradebookRows(user.tenantId, courseId);
    return rows.map((r) => `${r.userId},${r.progress}`).join('\n');
  }

  @Throttle({ default: { limit: 2, ttl: 60_000 } })
  // expect: missing-rate-limit
  @Get('courses/:courseId/roster.csv')
  @Header('Content-Type', 'text/csv')
  async roster(@Param('courseId') courseId: string, @CurrentUser() user: AuthUser) {
    const rows = await this.courses.gradebookRows(user.tenantId, courseId);
    return rows.map((r) => r.userId).join('\n');
  }
}
