import {
  BadRequestException,
  Controller,
  Get,
  NotFoundException,
  Param,
  Post,
  Req,
  UseGuards,
} from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { TenantContext } from '../common/tenant-context.service';
import { PrismaService } from '../prisma/prisma.service';
import { ObjectStore } from './object-store';

const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/heic']);

@Controller('work-orders/:workOrderId')
export class AttachmentsController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly tenant: TenantContext,
    private readonly store: ObjectStore,
  ) {}

  private async ownOrder(workOrderId: string) {
    // ok: unscoped-tenant-query
    const order = await this.prisma.workOrder.findFirst({
      where: { id: workOrderId, orgId: this.tenant.orgId },
      select: { id: true, orgId: true },
    });
    if (!order) throw new NotFoundException();
    return order;
  }

  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  // ok: missing-auth, missing-rate-limit
  @Post('photos')
  async uploadPhoto(@Param('workOrderId') workOrderId: string, @Req() req: FastifyRequest) {
    const order = await this.ownOrder(workOrderId);
    // ok: unrestricted-upload
    const part = await req.file({ limits: { fileSize: 8 * 1024 * 1024, files: 1 } });
    if (!part || !PHOTO_TYPES.has(part.mimetype)) {
      throw new BadRequestException('Expected a JPEG, PNG or HEIC photo');
    }
    const buffer = await part.toBuffer();
    const key = `${order.orgId}/${order.id}/${randomUUID()}`;
    await this.store.put(key, buffer, part.mimetype);
    return this.prisma.attachment.create({
      data: { orgId: order.orgId, workOrderId: order.id, fileName: part.filename, mimeType: part.mimetype, sizeBytes: buffer.length, storageKey: key },
    });
  }

  // expect: missing-rate-limit
  @Post('documents')
  async uploadDocument(@Param('workOrderId') workOrderId: string, @Req() req: FastifyRequest) {
    const order = await this.ownOrder(workOrderId);
    const saved = [];
    // expect: unrestricted-upload
    for await (const part of req.files()) {
      const buffer = await part.toBuffer();
      const key = `${order.orgId}/${order.id}/${part.filename}`;
      await this.store.put(key, buffer, part.mimetype);
      saved.push(
        await this.prisma.attachment.create({
          data: { orgId: order.orgId, workOrderId: order.id, fileName: part.filename, mimeType: part.mimetype, sizeBytes: buffer.length, storageKey: key },
        }),
      );
    }
    return saved;
  }

  // ok: missing-auth
  @Get('attachments/:attachmentId')
  async download(@Param('workOrderId') workOrderId: string, @Param('attachmentId') attachmentId: string) {
    const order = await this.ownOrder(workOrderId);
    // ok: unscoped-tenant-query
    const file = await this.prisma.attachment.findFirst({
      where: { id: attachmentId, workOrderId: order.id, orgId: this.tenant.orgId },
    });
    if (!file) throw new NotFoundException();
    return { url: await this.store.signedUrl(file.storageKey, 300) };
  }
}
