import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class InvoiceModel {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field(() => Int) totalCents!: number;
  @Field({ nullable: true }) paidAt?: Date;
}
