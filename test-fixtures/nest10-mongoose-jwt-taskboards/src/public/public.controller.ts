import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Public } from '../auth/public.decorator';
import { Board, BoardDocument } from '../schemas/board.schema';
import { BoardTemplate, BoardTemplateDocument, Card, CardDocument } from '../schemas/card.schema';

@Public()
@Controller('public')
export class PublicController {
  constructor(
    @InjectModel(BoardTemplate.name) private readonly templates: Model<BoardTemplateDocument>,
    @InjectModel(Board.name) private readonly boards: Model<BoardDocument>,
    @InjectModel(Card.name) private readonly cards: Model<CardDocument>,
  ) {}

  // ok: missing-auth
  @Get('templates')
  templatesList() {
    return this.templates.find({ published: true }).select('name columns').lean();
  }

  // ok: missing-auth
  @Get('shared/:slug')
  async sharedBoard(@Param('slug') slug: string) {
    const board = await this.boards.findOne({ shareSlug: slug, archived: false }).lean();
    if (!board) throw new NotFoundException();
    const cards = await this.cards.find({ board: board._id }).select('title column position').lean();
    return { name: board.name, columns: board.columns, cards };
  }

  // expect: missing-auth
  @Get('boards/:id/cards')
  boardCards(@Param('id') id: string) {
    return this.cards.find({ board: id }).lean();
  }
}
