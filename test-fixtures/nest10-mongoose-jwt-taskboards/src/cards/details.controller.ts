import { Body, Controller, NotFoundException, Param, Patch, Post } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { PartialType } from '@nestjs/mapped-types';
import { Model } from 'mongoose';
import { IsOptional, IsString, Length } from 'class-validator';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';
import { Card, CardDocument } from '../schemas/card.schema';

class CardDetailsDto {
  @IsString()
  @Length(1, 200)
  title!: string;

  @IsOptional()
  @IsString()
  @Length(0, 5000)
  description?: string;
}

class UpdateCardDetailsDto extends PartialType(CardDetailsDto) {}

@Controller('cards/:id')
export class CardDetailsController {
  constructor(@InjectModel(Card.name) private readonly cards: Model<CardDocument>) {}

  // ok: missing-input-validation, missing-auth
  @Patch('details')
  async details(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: UpdateCardDetailsDto) {
    // ok: unscoped-tenant-query
    const card = await this.cards.findOneAndUpdate({ _id: id, workspaceId: user.workspaceId }, { $set: dto }, { new: true });
    if (!card) throw new NotFoundException();
    return card;
  }

  // expect: missing-input-validation
  @Post('title')
  async retitle(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body('title') title: string) {
    // ok: unscoped-tenant-query
    const res = await this.cards.updateOne({ _id: id, workspaceId: user.workspaceId }, { $set: { title } });
    if (res.matchedCount === 0) throw new NotFoundException();
    return { ok: true };
  }
}
