import { PartialType } from '@nestjs/mapped-types';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsMongoId,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CONTACT_STAGES, ContactStage, ROLES, Role } from './schemas';

export class LoginDto {
  @IsEmail()
  email: string;

  @IsString()
  @MinLength(8)
  password: string;
}

export class CreateContactDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @IsOptional()
  @IsEmail()
  email?: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  company?: string;

  @IsOptional()
  @IsIn(CONTACT_STAGES)
  stage?: ContactStage;

  @IsOptional()
  @IsInt()
  @Min(0)
  dealValue?: number;
}

export class UpdateContactDto extends PartialType(CreateContactDto) {}

export class NoteDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  body: string;
}

export class OrgQueryDto {
  @IsString()
  @IsNotEmpty()
  orgId: string;
}

export class ImportContactsDto {
  @IsString()
  @IsNotEmpty()
  orgId: string;

  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CreateContactDto)
  contacts: CreateContactDto[];
}

export class UpdateRoleDto {
  @IsIn(ROLES)
  role: Role;
}

export class ReassignContactsDto {
  @IsMongoId()
  fromUserId: string;

  @IsMongoId()
  toUserId: string;
}
