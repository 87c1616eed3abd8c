import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { BoardsModule } from '../boards/boards.module';
import { StorageService } from '../common/storage.service';
import { Card, CardSchema } from '../schemas/card.schema';
import { CardsController } from './cards.controller';
import { CardDetailsController } from './details.controller';

@Module({
  imports: [MongooseModule.forFeature([{ name: Card.name, schema: CardSchema }]), BoardsModule],
  controllers: [CardsController, CardDetailsController],
  providers: [StorageService],
})
export class CardsModule {}
