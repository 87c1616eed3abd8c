import { Controller, Param, ParseFilePipe, MaxFileSizeValidator, FileTypeValidator, Post, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { FileInterceptor } from '@nestjs/platform-express';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CurrentUserRest, type RestUser } from './rest-user.decorator';
import { Event } from '../entities/event.entity';

@Controller('events/:eventId/files')
@UseGuards(AuthGuard('jwt'))
export class UploadsController {
  constructor(@InjectRepository(Event) private readonly events: Repository<Event>) {}

  // expect: missing-rate-limit
  @Post('banner')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 5 * 1024 * 1024 } }))
  async uploadBanner(
    @Param('eventId') eventId: string,
    @CurrentUserRest() user: RestUser,
    @UploadedFile(new ParseFilePipe({ validators: [new MaxFileSizeValidator({ maxSize: 5_000_000 }), new FileTypeValidator({ fileType: /image\/(png|jpe?g)/ })] }))
    file: Express.Multer.File,
  ) {
    // ok: unscoped-tenant-query
    const event = await this.events.findOneByOrFail({ id: eventId, organizationId: user.organizationId });
    return { eventId: event.id, size: file.size };
  }

  // expect: missing-rate-limit
  @Post('attachments')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  async uploadAttachment(@Param('eventId') eventId: string, @UploadedFile() file: Express.Multer.File) {
    // expect: unscoped-tenant-query
    const event = await this.events.findOneBy({ id: eventId });
    return { eventId: event?.id, name: file.originalname };
  }
}
