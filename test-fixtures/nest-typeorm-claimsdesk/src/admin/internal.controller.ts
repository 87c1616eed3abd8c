import { Controller, InternalServerErrorException, Logger, Post } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';
import { Claim } from '../claims/claim.entity';

@Controller('internal/maintenance')
export class InternalController {
  private readonly logger = new Logger(InternalController.name);

  constructor(@InjectRepository(Claim) private readonly claims: Repository<Claim>) {}

  // expect: missing-role-check
  @Post('reindex')
  async reindex(@CurrentUser() user: AuthUser) {
    this.logger.log(`reindex requested by ${user.id}`);
    try {
      await this.claims.query('REINDEX TABLE claims');
    } catch (err) {
      // expect: error-details-leak
      throw new InternalServerErrorException((err as Error).message);
    }
    return { ok: true };
  }
}
