import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ThrottlerModule } from '@nestjs/throttler';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { RolesGuard } from './auth/roles.guard';
import { AuthModule } from './auth/auth.module';
import { ClaimsModule } from './claims/claims.module';
import { AdminController } from './admin/admin.controller';
import { InternalController } from './admin/internal.controller';
import { PaymentsWebhookController } from './webhooks/payments.controller';
import { ReportsController } from './reports/reports.controller';
import { User } from './users/user.entity';
import { Claim } from './claims/claim.entity';
import { Attachment } from './claims/attachment.entity';
import { Payout } from './claims/payout.entity';
import { ClaimNote } from './notes/note.entity';
import { NotesController } from './notes/notes.controller';
import { EvidenceController } from './evidence/evidence.controller';
import { OrgClaimsController } from './orgs/orgs.controller';
import { HealthController } from './health/health.controller';
import { BrandingController } from './branding/branding.controller';
import { OrgMemberGuard } from './orgs/org-member.guard';

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      host: process.env.DB_HOST ?? 'db.claimsdesk.internal',
      username: process.env.DB_USER ?? 'claimsdesk',
      // expect: hardcoded-secret
      password: process.env.DB_PASSWORD ?? 'Cl41msDesk!2024',
      entities: [User, Claim, Attachment, Payout, ClaimNote],
      synchronize: false,
    }),
    TypeOrmModule.forFeature([User, Claim, Attachment, Payout, ClaimNote]),
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 10 }]),
    AuthModule,
    ClaimsModule,
  ],
  controllers: [AdminController, InternalController, PaymentsWebhookController, ReportsController, NotesController, EvidenceController, OrgClaimsController, HealthController, BrandingController],
  providers: [
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    OrgMemberGuard,
  ],
})
export class AppModule {}
