import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLog, Certificate, Course, Enrollment, Lesson, Submission, Tenant, User } from './entities';
import { LoggingInterceptor } from './logging.interceptor';
import { CertificatesController } from './courses/certificates.controller';
import { CatalogAdminController } from './courses/catalog-admin.controller';
import { CourseInTenantGuard, LessonsController, PartnerLessonsController } from './courses/lessons.controller';
import { PartnerKeyStrategy } from './auth/partner-key.strategy';
import { AdminProgramsController, OpenCoursesController, ProgramsController, ProgramsService } from './courses/programs.controller';
import { JwtAuthGuard, RolesGuard } from './auth/guards';
import { JwtStrategy, LocalStrategy } from './auth/strategies';
import { AuthService } from './auth/auth.service';
import { AuthController } from './auth/auth.controller';
import { InvitesController } from './auth/invites.controller';
import { CoursesController } from './courses/courses.controller';
import { CoursesService } from './courses/courses.service';
import { ReportsController } from './courses/reports.controller';
import { SubmissionsController } from './submissions/submissions.controller';
import { AdminController, AuditController, MembersController } from './admin/admin.controller';
import { BillingWebhookController, HealthController } from './billing/webhooks.controller';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: process.env.DB_HOST ?? 'db.learninghub.internal',
      port: 5432,
      username: 'learninghub',
      // expect: hardcoded-secret
      password: 'Lh2024prodDb7x',
      database: 'learninghub',
      entities: [Tenant, User, Course, Lesson, Enrollment, Submission, AuditLog, Certificate],
      synchronize: false,
    }),
    TypeOrmModule.forFeature([Tenant, User, Course, Lesson, Enrollment, Submission, AuditLog, Certificate]),
    PassportModule,
    // ok: insecure-jwt
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        secret: config.getOrThrow<string>('JWT_SECRET'),
        signOptions: { expiresIn: '15m' },
      }),
    }),
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 100 }]),
  ],
  controllers: [
    AuthController,
    InvitesController,
    CoursesController,
    ReportsController,
    CertificatesController,
    CatalogAdminController,
    LessonsController,
    PartnerLessonsController,
    ProgramsController,
    AdminProgramsController,
    OpenCoursesController,
    SubmissionsController,
    AdminController,
    AuditController,
    MembersController,
    BillingWebhookController,
    HealthController,
  ],
  providers: [
    AuthService,
    CoursesService,
    ProgramsService,
    LocalStrategy,
    JwtStrategy,
    PartnerKeyStrategy,
    CourseInTenantGuard,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_INTERCEPTOR, useClass: LoggingInterceptor },
  ],
})
export class AppModule {}
