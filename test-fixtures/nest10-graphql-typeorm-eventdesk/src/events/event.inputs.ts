import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

@InputType()
export class CreateEventInput {
  @Field()
  @IsString()
  @Length(3, 140)
  title: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity: number;
}

@InputType()
export class UpdateEventInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  title?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  capacity?: number;
}
