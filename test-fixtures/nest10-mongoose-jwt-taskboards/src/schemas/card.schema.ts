import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';

@Schema({ timestamps: true })
export class Card {
  @Prop({ type: Types.ObjectId, ref: 'Workspace', required: true, index: true })
  workspaceId!: Types.ObjectId;

  @Prop({ type: Types.ObjectId, ref: 'Board', required: true })
  board!: Types.ObjectId;

  @Prop({ required: true })
  title!: string;

  @Prop()
  description?: string;

  @Prop({ default: 'Todo' })
  column!: string;

  @Prop({ default: 0 })
  position!: number;

  @Prop({ type: [{ key: String, name: String, size: Number }], default: [] })
  attachments!: { key: string; name: string; size: number }[];
}

export type CardDocument = HydratedDocument<Card>;
export const CardSchema = SchemaFactory.createForClass(Card);

@Schema({ timestamps: true })
export class BoardTemplate {
  @Prop({ required: true })
  name!: string;

  @Prop({ type: [String] })
  columns!: string[];

  @Prop({ default: false })
  published!: boolean;
}

export type BoardTemplateDocument = HydratedDocument<BoardTemplate>;
export const BoardTemplateSchema = SchemaFactory.createForClass(BoardTemplate);
