import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { AccountController } from './accounts/account.controller';
import { AccountService } from './accounts/account.service';
import { JwtStrategy } from './auth/jwt.strategy';
import { PrismaService } from './prisma/prisma.service';
import { ShareController } from './shares/share.controller';
import { ShareService } from './shares/share.service';

@Module({
  imports: [PassportModule],
  controllers: [AccountController, ShareController],
  providers: [PrismaService, JwtStrategy, AccountService, ShareService],
})
export class AppModule {}
