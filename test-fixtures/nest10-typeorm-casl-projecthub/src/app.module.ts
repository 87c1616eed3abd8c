import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigModule } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Attachment, Invitation, Project, Task, User, Workspace } from './entities';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { JwtStrategy } from './auth/jwt.strategy';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { CaslAbilityFactory } from './casl/casl-ability.factory';
import { ProjectsController } from './projects/projects.controller';
import { TasksController } from './tasks/tasks.controller';
import { TasksService } from './tasks/tasks.service';
import { AdminController, AdminMetricsController } from './admin/admin.controller';
import { FilesController } from './files/files.controller';
import { WebhooksController } from './webhooks/webhooks.controller';
import { HealthController } from './common/health.controller';
import { InvitationsController } from './invitations/invitations.controller';
import { ReportsController } from './projects/reports.controller';
import { PartnerController } from './projects/partner.controller';
import { PartnerGuard } from './auth/partner.guard';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: process.env.DB_HOST ?? 'localhost',
      username: process.env.DB_USER ?? 'projecthub',
      // expect: hardcoded-secret
      password: process.env.DB_PASSWORD ?? 'Pr0jectHub-dev-2024',
      database: process.env.DB_NAME ?? 'projecthub',
      entities: [Workspace, User, Project, Task, Attachment, Invitation],
      synchronize: false,
    }),
    TypeOrmModule.forFeature([Workspace, User, Project, Task, Attachment, Invitation]),
    PassportModule,
    // ok: insecure-jwt, hardcoded-secret
    JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '15m', algorithm: 'HS256' } }),
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 10 }]),
  ],
  controllers: [
    AuthController,
    ProjectsController,
    TasksController,
    AdminController,
    AdminMetricsController,
    FilesController,
    WebhooksController,
    HealthController,
    InvitationsController,
    ReportsController,
    PartnerController,
  ],
  providers: [
    AuthService,
    TasksService,
    JwtStrategy,
    CaslAbilityFactory,
    PartnerGuard,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
})
export class AppModule {}
