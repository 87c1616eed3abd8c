import { Body, Controller, Delete, Get, Inject, Param, Post } from '@nestjs/common';
import { and, eq } from 'drizzle-orm';
import { CurrentUser, Roles, SessionUser } from '../auth/decorators';
import { DRIZZLE, Database } from '../db/db';
import { reviews } from '../db/schema';

@Controller('reviews')
@Roles('reviewer', 'admin', 'owner')
export class ReviewsController {
  constructor(@Inject(DRIZZLE) private readonly db: Database) {}

  // ok: missing-auth
  @Get('mine')
  mine(@CurrentUser() user: SessionUser) {
    // ok: unscoped-tenant-query
    return this.db.select().from(reviews).where(and(eq(reviews.workspaceId, user.workspaceId), eq(reviews.reviewerId, user.id)));
  }

  // expect: missing-input-validation
  @Post()
  async create(@CurrentUser() user: SessionUser, @Body() body: any) {
    const [row] = await this.db
      .insert(reviews)
      .values({ workspaceId: user.workspaceId, applicationId: body.applicationId, reviewerId: user.id, score: Number(body.score), comment: body.comment })
      .returning();
    return row;
  }

  // ok: missing-auth
  @Delete(':id')
  async remove(@CurrentUser() user: SessionUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    await this.db.delete(reviews).where(and(eq(reviews.id, id), eq(reviews.workspaceId, user.workspaceId), eq(reviews.reviewerId, user.id)));
    return { deleted: id };
  }
}
