import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { RolesGuard } from './auth/roles.guard';
import { RequestLoggerMiddleware } from './common/request-logger.middleware';
import { DRIZZLE, db } from './db/db';
import { GrantsController } from './grants/grants.controller';
import { GrantsService } from './grants/grants.service';
import { ApplicationsController } from './applications/applications.controller';
import { PublicGrantsController } from './applications/public.controller';
import { ReviewsController } from './reviews/reviews.controller';
import { AdminController, MembersController } from './admin/admin.controller';
import { BillingWebhookController } from './webhooks/billing.controller';
import { MailService } from './mail/mail.service';
import { HealthController } from './common/health.controller';
import { InsightsController } from './insights/insights.controller';

@Module({
  imports: [ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 10 }])],
  controllers: [
    AuthController,
    GrantsController,
    ApplicationsController,
    PublicGrantsController,
    ReviewsController,
    AdminController,
    MembersController,
    BillingWebhookController,
    HealthController,
    InsightsController,
  ],
  providers: [
    { provide: DRIZZLE, useValue: db },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    GrantsService,
    MailService,
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(RequestLoggerMiddleware).forRoutes('*');
  }
}
