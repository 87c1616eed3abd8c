import { HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { CurrentUser, type SessionUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';

// controllers extending this serve POST <their path>/:id/archive as well
export abstract class ArchivableController {
  protected abstract archiveRecord(orgId: string, id: string): Promise<number>;

  @Post(':id/archive')
  @Roles('admin')
  @HttpCode(204)
  async archive(@CurrentUser() user: SessionUser, @Param('id') id: string) {
    const count = await this.archiveRecord(user.orgId, id);
    if (!count) throw new NotFoundException();
  }
}
