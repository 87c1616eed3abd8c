import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';
import { Claim } from './claim.entity';
import { Attachment } from './attachment.entity';
import { Payout } from './payout.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Claim, Attachment, Payout])],
  controllers: [ClaimsController],
  providers: [ClaimsService],
})
export class ClaimsModule {}
