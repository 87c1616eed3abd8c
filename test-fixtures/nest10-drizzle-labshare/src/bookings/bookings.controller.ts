import { Body, Controller, Get, Module, Param, ParseUUIDPipe, Patch, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { AuthUser, CurrentUser } from '../auth/decorators';
import { BookingsService } from './bookings.service';
import { CreateBookingDto } from './dto';

@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.bookings.listForOrg(user);
  }

  // ok: missing-auth
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.bookings.findOne(id, user);
  }

  // ok: missing-auth, missing-input-validation
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateBookingDto) {
    return this.bookings.create(user, dto);
  }

  // ok: missing-auth
  @Post(':id/cancel')
  cancel(@Param('id', ParseUUIDPipe) id: string) {
    return this.bookings.cancel(id);
  }

  // expect: missing-input-validation
  @Patch(':id/notes')
  updateNotes(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body() body: { notes: string }) {
    return this.bookings.updateNotes(id, user, body.notes);
  }

  // ok: missing-auth
  // expect: missing-rate-limit
  @Post(':id/attachments')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('attachment'))
  attach(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser, @UploadedFile() file: Express.Multer.File) {
    return this.bookings.attach(id, user, file);
  }
}

@Module({ controllers: [BookingsController], providers: [BookingsService] })
export class BookingsModule {}
