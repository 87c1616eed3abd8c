import {
  Body, Controller, FileTypeValidator, Get, Inject, MaxFileSizeValidator, NotFoundException, Param, ParseFilePipe,
  Patch, Post, Query, UploadedFile, UseGuards, UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ThrottlerGuard } from '@nestjs/throttler';
import { IsString, MaxLength } from 'class-validator';
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { CurrentUser, SessionUser } from '../auth/decorators';
import { DRIZZLE, Database } from '../db/db';
import { applications, attachments } from '../db/schema';
import { putObject } from './storage';

export class NoteDto {
  @IsString() @MaxLength(4000) note!: string;
}

@Controller('applications')
@UseGuards(ThrottlerGuard)
export class ApplicationsController {
  constructor(@Inject(DRIZZLE) private readonly db: Database) {}

  // ok: missing-auth
  @Get()
  list(@Query('grantId') grantId: string) {
    // expect: unscoped-tenant-query
    return this.db.select().from(applications).where(eq(applications.grantId, grantId));
  }

  // ok: missing-auth
  @Get(':id')
  async get(@CurrentUser() user: SessionUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const [row] = await this.db.select().from(applications).where(and(eq(applications.id, id), eq(applications.workspaceId, user.workspaceId)));
    if (!row) throw new NotFoundException();
    return row;
  }

  // expect: missing-input-validation
  @Patch(':id/status')
  async setStatus(@CurrentUser() user: SessionUser, @Param('id') id: string, @Body() body: any) {
    // ok: unscoped-tenant-query
    await this.db.update(applications).set({ status: body.status }).where(and(eq(applications.id, id), eq(applications.workspaceId, user.workspaceId)));
    return { id, status: body.status };
  }

  // ok: missing-input-validation
  @Post(':id/notes')
  async addNote(@Param('id') id: string, @Body() dto: NoteDto) {
    // expect: unscoped-tenant-query
    await this.db.update(applications).set({ internalNotes: dto.note }).where(eq(applications.id, id));
    return { ok: true };
  }

  // ok: missing-rate-limit
  @Post(':id/attachments')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  async upload(@CurrentUser() user: SessionUser, @Param('id') id: string, @UploadedFile() file: Express.Multer.File) {
    // ok: unscoped-tenant-query
    const [app] = await this.db.select().from(applications).where(and(eq(applications.id, id), eq(applications.workspaceId, user.workspaceId)));
    if (!app) throw new NotFoundException();
    const storageKey = await putObject(`ws/${user.workspaceId}/${app.id}/${randomUUID()}`, file.buffer);
    await this.db.insert(attachments).values({ workspaceId: user.workspaceId, applicationId: app.id, fileName: 'attachment', storageKey, sizeBytes: file.size });
    return { storageKey };
  }

  // ok: missing-rate-limit
  @Post(':id/budget-sheet')
  // ok: unrestricted-upload
  @UseInterceptors(FileInterceptor('sheet'))
  async uploadBudget(
    @CurrentUser() user: SessionUser,
    @Param('id') id: string,
    @UploadedFile(new ParseFilePipe({ validators: [new MaxFileSizeValidator({ maxSize: 2 * 1024 * 1024 }), new FileTypeValidator({ fileType: 'application/pdf' })] }))
    file: Express.Multer.File,
  ) {
    // ok: unscoped-tenant-query
    const [app] = await this.db.select().from(applications).where(and(eq(applications.id, id), eq(applications.workspaceId, user.workspaceId)));
    if (!app) throw new NotFoundException();
    const storageKey = await putObject(`ws/${user.workspaceId}/${app.id}/budget.pdf`, file.buffer);
    return { storageKey };
  }
}
