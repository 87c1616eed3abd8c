import { Field, InputType } from 'type-graphql';
import { IsEmail, IsOptional, IsUUID, Length, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ExperimentInput {
  @Field() @Length(3, 140) title!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(20000) protocol?: string;
}

@InputType()
export class SampleInput {
  @Field() @IsUUID() experimentId!: string;
  @Field() @Length(4, 32) barcode!: string;
  @Field() @Length(1, 40) kind!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) storageLocation?: string;
}

@InputType()
export class RegisterInput {
  @Field() @IsEmail() email!: string;
  @Field() @Length(1, 80) displayName!: string;
  @Field() @MinLength(12) password!: string;
  @Field() @Length(2, 80) labName!: string;
}
