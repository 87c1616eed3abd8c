import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';
import { ClaimDeskController } from './claim-admin.controller';
import { ClaimPolicy } from './policy';
import { JwtModule } from '@nestjs/jwt';
import { Claim } from './claim.entity';
import { Attachment } from './attachment.entity';
import { Payout } from './payout.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Claim, Attachment, Payout]), JwtModule.register({})],
  controllers: [ClaimsController, ClaimDeskController],
  providers: [ClaimsService, ClaimPolicy],
})
export class ClaimsModule {}
