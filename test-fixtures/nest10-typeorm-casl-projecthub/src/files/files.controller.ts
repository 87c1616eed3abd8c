import {
  Controller, FileTypeValidator, Get, MaxFileSizeValidator, NotFoundException, Param, ParseFilePipe, Post, Res, UploadedFile, UseGuards, UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Response } from 'express';
import { Attachment, Task } from '../entities';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/jwt.strategy';

@Controller('tasks/:taskId/attachments')
export class FilesController {
  constructor(
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
  ) {}

  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 20, ttl: 60_000 } })
  // ok: missing-rate-limit
  @Post()
  // ok: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @CurrentUser() user: AuthUser,
    @Param('taskId') taskId: string,
    @UploadedFile(
      new ParseFilePipe({
        validators: [new MaxFileSizeValidator({ maxSize: 10 * 1024 * 1024 }), new FileTypeValidator({ fileType: /(pdf|png|jpe?g)$/ })],
      }),
    )
    file: Express.Multer.File,
  ) {
    // ok: unscoped-tenant-query
    const task = await this.tasks.findOneBy({ id: taskId, workspaceId: user.workspaceId });
    if (!task) throw new NotFoundException();
    return this.attachments.save(
      this.attachments.create({ workspaceId: user.workspaceId, taskId, storagePath: file.path, mimeType: file.mimetype, uploadedBy: user.id }),
    );
  }

  // expect: missing-rate-limit
  @Post('bulk-import')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('csv', { dest: '/tmp/imports' }))
  async importCsv(@CurrentUser() user: AuthUser, @Param('taskId') taskId: string, @UploadedFile() file: Express.Multer.File) {
    return { queued: file.originalname, taskId, by: user.id };
  }

  @Get(':attachmentId')
  async download(@Param('attachmentId') attachmentId: string, @Res() res: Response) {
    // expect: unscoped-tenant-query
    const file = await this.attachments.findOneBy({ id: attachmentId });
    if (!file) throw new NotFoundException();
    res.sendFile(file.storagePath);
  }
}
