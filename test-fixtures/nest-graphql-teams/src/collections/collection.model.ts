import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Collection {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ID)
  teamId: string;
}
