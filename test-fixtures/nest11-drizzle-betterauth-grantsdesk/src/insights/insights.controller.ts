import {
  Body, Controller, Delete, Get, Inject, Logger, NotFoundException, Param, ParseFilePipe, Patch, Post, Query, Req,
  UploadedFile, UseGuards, UseInterceptors, FileTypeValidator, MaxFileSizeValidator,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { and, eq } from 'drizzle-orm';
import { CurrentUser, Roles, SessionUser } from '../auth/decorators';
import { inWorkspace } from '../common/scope';
import { DRIZZLE, Database } from '../db/db';
import { applications, attachments, grants, reviews } from '../db/schema';

@Controller('insights')
@UseGuards(ThrottlerGuard)
export class InsightsController {
  private readonly logger = new Logger(InsightsController.name);

  constructor(@Inject(DRIZZLE) private readonly db: Database) {}

  // ok: missing-auth
  @Get('grants/:id/reviews')
  async reviewsOf(@CurrentUser() user: SessionUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const [grant] = await this.db.select().from(grants).where(and(eq(grants.id, id), inWorkspace(grants, user)));
    if (!grant) throw new NotFoundException();
    // ok: unscoped-tenant-query
    return this.db.select().from(reviews).innerJoin(applications, eq(reviews.applicationId, applications.id)).where(eq(applications.grantId, grant.id));
  }

  // ok: missing-auth
  @Get('applications')
  byStatus(@CurrentUser() user: SessionUser, @Query('status') status: string) {
    // ok: unscoped-tenant-query
    return this.db.select().from(applications).where(and(eq(applications.workspaceId, user.workspaceId), eq(applications.status, status)));
  }

  // expect: missing-input-validation
  @Patch('applications/:id/decision')
  async decide(@CurrentUser() user: SessionUser, @Param('id') id: string, @Body('decision') decision: string) {
    // ok: unscoped-tenant-query
    await this.db.update(applications).set({ status: decision }).where(and(eq(applications.id, id), inWorkspace(applications, user)));
    return { id, decision };
  }

  // expect: missing-rate-limit, missing-input-validation
  @Post('import')
  @SkipThrottle()
  // ok: unrestricted-upload
  @UseInterceptors(FileInterceptor('csv'))
  async importCsv(
    @CurrentUser() user: SessionUser,
    @UploadedFile(new ParseFilePipe({ validators: [new MaxFileSizeValidator({ maxSize: 1024 * 1024 }), new FileTypeValidator({ fileType: 'text/csv' })] }))
    file: Express.Multer.File,
  ) {
    const rows = file.buffer.toString('utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split(','));
    for (const [grantId, applicantName, applicantEmail, requested] of rows) {
      await this.db.insert(applications).values({ workspaceId: user.workspaceId, grantId, applicantName, applicantEmail, requestedCents: Number(requested) });
    }
    return { imported: rows.length };
  }

  // ok: missing-auth
  @Get('whoami')
  whoami(@Req() req: any) {
    // expect: token-logging
    this.logger.debug({ session: req.authSession });
    return { userId: req.user.id };
  }

  // ok: missing-role-check
  @Delete('attachments/:id')
  @Roles('admin', 'owner')
  async removeAttachment(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    await this.db.delete(attachments).where(eq(attachments.id, id));
    return { removed: id };
  }
}
