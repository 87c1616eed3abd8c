import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthController } from './auth/auth.controller';
import { PasswordController } from './auth/password.controller';
import { AuthService } from './auth/auth.service';
import { InvitesController } from './invites/invites.controller';
import { UploadsController } from './uploads/uploads.controller';
import { PrismaService } from './prisma/prisma.service';

// The limits live here; each controller that needs them opts in with a ThrottlerGuard.
@Module({
  imports: [ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 100 }])],
  controllers: [AuthController, PasswordController, InvitesController, UploadsController],
  providers: [PrismaService, AuthService],
})
export class AppModule {}
