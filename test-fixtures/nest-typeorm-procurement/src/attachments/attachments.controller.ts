import {
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { createReadStream } from 'fs';
import { diskStorage } from 'multer';
import { Response } from 'express';
import { Attachment } from '../entities/attachment.entity';
import { AuthUser, CurrentUser } from '../auth/decorators';
import { PurchaseOrdersService } from '../purchase-orders/purchase-orders.service';
import { appConfig } from '../common/config';

@Controller('purchase-orders/:poId/attachments')
export class AttachmentsController {
  constructor(
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
    private readonly orders: PurchaseOrdersService,
  ) {}

  // ok: missing-auth, unscoped-tenant-query
  @Get()
  async list(@CurrentUser() user: AuthUser, @Param('poId', ParseUUIDPipe) poId: string) {
    const po = await this.orders.findForUser(user, poId);
    return this.attachments.find({ where: { purchaseOrderId: po.id, companyId: user.companyId } });
  }

  // ok: missing-auth, missing-rate-limit
  @Post()
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file', { storage: diskStorage({ destination: appConfig.uploadDir }) }))
  async upload(
    @CurrentUser() user: AuthUser,
    @Param('poId', ParseUUIDPipe) poId: string,
    @UploadedFile() file: Express.Multer.File,
  ) {
    const po = await this.orders.findForUser(user, poId);
    const attachment = this.attachments.create({
      companyId: user.companyId,
      purchaseOrderId: po.id,
      filename: file.originalname,
      storagePath: file.path,
      mimeType: file.mimetype,
    });
    return this.attachments.save(attachment);
  }

  // ok: missing-auth
  @Get(':attachmentId/download')
  async download(
    @CurrentUser() user: AuthUser,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @Res({ passthrough: true }) res: Response,
  ) {
    // ok: unscoped-tenant-query
    const attachment = await this.attachments.findOne({ where: { id: attachmentId, companyId: user.companyId } });
    if (!attachment) throw new NotFoundException();
    res.set({ 'Content-Type': attachment.mimeType, 'Content-Disposition': `attachment; filename="${attachment.filename}"` });
    return new StreamableFile(createReadStream(attachment.storagePath));
  }
}
