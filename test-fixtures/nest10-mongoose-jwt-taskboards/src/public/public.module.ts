import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Board, BoardSchema } from '../schemas/board.schema';
import { BoardTemplate, BoardTemplateSchema, Card, CardSchema } from '../schemas/card.schema';
import { PublicController } from './public.controller';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: BoardTemplate.name, schema: BoardTemplateSchema },
      { name: Board.name, schema: BoardSchema },
      { name: Card.name, schema: CardSchema },
    ]),
  ],
  controllers: [PublicController],
})
export class PublicModule {}
