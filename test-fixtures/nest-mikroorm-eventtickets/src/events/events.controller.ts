import {
  Body,
  Controller,
  Delete,
  FileTypeValidator,
  Get,
  HttpCode,
  MaxFileSizeValidator,
  Param,
  ParseFilePipe,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ThrottlerGuard } from '@nestjs/throttler';
import { diskStorage } from 'multer';
import { EventStatus, Role } from '../entities';
import { AuthUser, CurrentUser, Roles } from '../auth/decorators';
import { CreateEventDto, UpdateEventDto } from './dto';
import { EventsService } from './events.service';

@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @Query('status') status?: EventStatus) {
    return this.events.list(user.organizerId, status);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.events.get(user.organizerId, id);
  }

  @Roles(Role.Owner, Role.Manager)
  // ok: missing-input-validation
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateEventDto) {
    return this.events.create(user.organizerId, dto);
  }

  @Roles(Role.Owner, Role.Manager)
  // ok: missing-input-validation
  @Patch(':id')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateEventDto) {
    return this.events.update(user.organizerId, id, dto);
  }

  @Roles(Role.Owner, Role.Manager)
  @Post(':id/publish')
  @HttpCode(204)
  publish(@Param('id', ParseUUIDPipe) id: string) {
    return this.events.publish(id);
  }

  @Roles(Role.Owner)
  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.events.remove(user.organizerId, id);
  }

  @Roles(Role.Owner, Role.Manager)
  @UseGuards(ThrottlerGuard)
  // ok: missing-rate-limit
  @Post(':id/banner')
  // ok: unrestricted-upload
  @UseInterceptors(FileInterceptor('banner', { storage: diskStorage({ destination: 'uploads/banners' }) }))
  uploadBanner(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile(
      new ParseFilePipe({
        validators: [new MaxFileSizeValidator({ maxSize: 4 * 1024 * 1024 }), new FileTypeValidator({ fileType: /^image\/(png|jpeg|webp)$/ })],
      }),
    )
    file: Express.Multer.File,
  ) {
    return this.events.setBanner(user.organizerId, id, file.path);
  }

  @Roles(Role.Owner, Role.Manager)
  // expect: missing-rate-limit, missing-input-validation
  @Post(':id/guests/import')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  importGuests(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @UploadedFile() file: Express.Multer.File) {
    return this.events.importGuests(user.organizerId, id, file.buffer.toString('utf8'));
  }
}
