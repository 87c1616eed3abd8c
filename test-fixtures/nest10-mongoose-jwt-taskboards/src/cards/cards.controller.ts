import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  Patch,
  Post,
  Query,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';
import { BoardsService } from '../boards/boards.service';
import { Card, CardDocument } from '../schemas/card.schema';
import { StorageService } from '../common/storage.service';

class CreateCardDto {
  @IsString()
  @Length(1, 200)
  title!: string;

  @IsOptional()
  @IsString()
  description?: string;
}

class SearchCardsQuery {
  @IsString()
  q!: string;

  @IsString()
  workspaceId!: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  skip?: number;
}

@Controller()
export class CardsController {
  constructor(
    @InjectModel(Card.name) private readonly cards: Model<CardDocument>,
    private readonly boards: BoardsService,
    private readonly storage: StorageService,
  ) {}

  // ok: missing-auth
  @Get('boards/:boardId/cards')
  async listForBoard(@CurrentUser() user: AuthUser, @Param('boardId') boardId: string) {
    const board = await this.boards.findOne(boardId, user.workspaceId);
    // ok: unscoped-tenant-query
    return this.cards.find({ board: board._id }).sort({ column: 1, position: 1 }).lean();
  }

  // ok: missing-input-validation
  @Post('boards/:boardId/cards')
  async create(@CurrentUser() user: AuthUser, @Param('boardId') boardId: string, @Body() dto: CreateCardDto) {
    const board = await this.boards.findOne(boardId, user.workspaceId);
    return this.cards.create({ ...dto, board: board._id, workspaceId: user.workspaceId });
  }

  @Get('cards/search')
  search(@Query() query: SearchCardsQuery) {
    // expect: unscoped-tenant-query
    return this.cards
      .find({ workspaceId: query.workspaceId, title: { $regex: query.q, $options: 'i' } })
      .skip(query.skip ?? 0)
      .limit(25)
      .lean();
  }

  // ok: missing-auth
  @Get('cards/:id')
  async findOne(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const card = await this.cards.findById(id).lean();
    if (!card || String(card.workspaceId) !== user.workspaceId) throw new NotFoundException();
    return card;
  }

  // expect: missing-input-validation
  @Patch('cards/:id/move')
  async move(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: any) {
    // ok: unscoped-tenant-query
    const res = await this.cards.updateOne(
      { _id: id, workspaceId: user.workspaceId },
      { $set: { column: body.column, position: body.position } },
    );
    if (res.matchedCount === 0) throw new NotFoundException();
    return { ok: true };
  }

  // the client's file name is pushed into the card as sent
  // known gap: an @UploadedFile()'s originalname written into a record is not read as request data (a fetch File's name is)
  // ok: missing-input-validation
  // expect: missing-rate-limit
  @Post('cards/:id/attachments')
  // expect: unrestricted-upload
  @UseInterceptors(FileInterceptor('file'))
  async attach(@CurrentUser() user: AuthUser, @Param('id') id: string, @UploadedFile() file: Express.Multer.File) {
    // ok: unscoped-tenant-query
    const card = await this.cards.findOne({ _id: id, workspaceId: user.workspaceId });
    if (!card) throw new NotFoundException();
    const key = await this.storage.put(`${user.workspaceId}/${card.id}/${file.originalname}`, file.buffer);
    card.attachments.push({ key, name: file.originalname, size: file.size });
    await card.save();
    return card.attachments;
  }
}
