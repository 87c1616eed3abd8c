import { Controller, Get, HttpException, HttpStatus, NotFoundException, Param, Query, BadRequestException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuthUser, CurrentUser, Public, Roles } from '../auth/decorators';
import { Certificate, Enrollment, Role } from '../entities';

@Controller('certificates')
export class CertificatesController {
  constructor(
    @InjectRepository(Certificate) private readonly certificates: Repository<Certificate>,
    @InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Public()
  // ok: missing-auth
  @Get('verify/:shareToken')
  async verify(@Param('shareToken') shareToken: string) {
    const cert = await this.certificates.findOne({ where: { shareToken }, select: ['id', 'courseId', 'issuedAt'] });
    if (!cert) throw new NotFoundException();
    return cert;
  }

  // ok: missing-auth
  @Get('mine')
  mine(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.certificates.find({ where: { userId: user.id } });
  }

  @Roles(Role.Instructor, Role.Admin)
  @Get('course/:courseId')
  async forCourse(@Param('courseId') courseId: string) {
    // expect: unscoped-tenant-query
    return this.certificates
      .createQueryBuilder('c')
      .where('c.courseId = :courseId', { courseId })
      .orderBy('c.issuedAt', 'DESC')
      .getMany();
  }

  @Roles(Role.Instructor, Role.Admin)
  @Get('course/:courseId/recent')
  async recentForCourse(@Param('courseId') courseId: string, @CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.certificates
      .createQueryBuilder('c')
      .where('c.courseId = :courseId', { courseId })
      .andWhere('c.tenantId = :tenantId', { tenantId: user.tenantId })
      .take(20)
      .getMany();
  }

  @Roles(Role.Instructor, Role.Admin)
  @Get('course/:courseId/completion')
  async completion(@Param('courseId') courseId: string, @CurrentUser() user: AuthUser) {
    try {
      // ok: unscoped-tenant-query
      const rows = await this.dataSource.query(
        'SELECT "userId", progress FROM enrollments WHERE "courseId" = $1 AND "tenantId" = $2',
        [courseId, user.tenantId],
      );
      return rows;
    } catch (err) {
      // expect: error-details-leak
      throw new HttpException({ message: 'query failed', detail: err.message }, HttpStatus.INTERNAL_SERVER_ERROR);
    }
  }

  @Roles(Role.Instructor, Role.Admin)
  @Get('course/:courseId/learners')
  async learners(@Param('courseId') courseId: string, @Query('minProgress') minProgress = '0') {
    const min = Number(minProgress);
    if (Number.isNaN(min)) throw new BadRequestException('minProgress must be a number');
    // expect: unscoped-tenant-query
    return this.dataSource.query('SELECT "userId", progress FROM enrollments WHERE "courseId" = $1 AND progress >= $2', [courseId, min]);
  }
}
