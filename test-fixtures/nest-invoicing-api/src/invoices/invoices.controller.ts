import { Controller, Delete, FileTypeValidator, Get, MaxFileSizeValidator, Param, ParseFilePipe, Post, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { Public } from '../auth/public.decorator';
import { Role, Roles } from '../auth/roles.decorator';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { InvoicesService } from './invoices.service';

@UseGuards(JwtAuthGuard)
@Controller('invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.invoices.findAll(user.organizationId);
  }

  // ok: missing-auth
  @Get(':id')
  findOne(@Param('id') id: string) {
    return this.invoices.findOne(id);
  }

  @Get(':id/pdf')
  pdf(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    return this.invoices.findOwned(id, user.organizationId);
  }

  // ok: missing-role-check
  @Delete(':id')
  @Roles(Role.Admin)
  remove(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    return this.invoices.remove(id, user.organizationId);
  }

  // expect: missing-rate-limit
  @Post(':id/attachments')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  attach(@Param('id') id: string, @CurrentUser() user: AuthUser, @UploadedFile() file: Express.Multer.File) {
    return this.invoices.findOwned(id, user.organizationId).then(() => ({ name: file.originalname, size: file.size }));
  }

  // expect: missing-rate-limit
  @Post(':id/receipt')
  // ok: unrestricted-upload
  @UseInterceptors(FileInterceptor('receipt'))
  receipt(
    @Param('id') id: string,
    @CurrentUser() user: AuthUser,
    @UploadedFile(new ParseFilePipe({ validators: [new MaxFileSizeValidator({ maxSize: 5_000_000 }), new FileTypeValidator({ fileType: 'application/pdf' })] })) file: Express.Multer.File,
  ) {
    return this.invoices.findOwned(id, user.organizationId).then(() => ({ name: file.originalname }));
  }

  // a share link: public on purpose, opted out of the JWT guard
  @Public()
  // ok: missing-auth
  @Get('shared/:token')
  shared(@Param('token') token: string) {
    return this.invoices.byShareToken(token);
  }
}
