import { Body, Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { IsEmail, IsInt, IsString, Min } from 'class-validator';
import { and, eq } from 'drizzle-orm';
import { Public } from '../auth/decorators';
import { DRIZZLE, Database } from '../db/db';
import { applications, grants } from '../db/schema';

export class ApplyDto {
  @IsString() applicantName!: string;
  @IsEmail() applicantEmail!: string;
  @IsInt() @Min(1) requestedCents!: number;
}

@Public()
@Controller('public/grants')
export class PublicGrantsController {
  constructor(@Inject(DRIZZLE) private readonly db: Database) {}

  // ok: missing-auth
  @Get()
  listOpen() {
    return this.db.select({ id: grants.id, title: grants.title, summary: grants.summary }).from(grants).where(eq(grants.status, 'published'));
  }

  // ok: missing-auth, missing-input-validation
  @Post(':id/apply')
  async apply(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ApplyDto) {
    const [grant] = await this.db.select().from(grants).where(and(eq(grants.id, id), eq(grants.status, 'published')));
    if (!grant) throw new NotFoundException();
    const [row] = await this.db
      .insert(applications)
      .values({ workspaceId: grant.workspaceId, grantId: grant.id, applicantName: dto.applicantName, applicantEmail: dto.applicantEmail, requestedCents: dto.requestedCents })
      .returning({ id: applications.id });
    return row;
  }

  // expect: missing-auth
  @Get(':id/applications')
  listApplications(@Param('id') id: string) {
    return this.db.select().from(applications).where(eq(applications.grantId, id));
  }
}
