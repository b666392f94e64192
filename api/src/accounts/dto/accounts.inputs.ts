import { Field, ID, InputType } from '@nestjs/graphql';
import { PASSWORD_MAX_LENGTH } from '@knooppunt/domain';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  MinLength,
} from 'class-validator';

@InputType({ description: 'A new account.' })
export class RegisterInput {
  @Field({ description: 'Email address; a verification link is sent to it.' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'At least 12 characters, not a common password.' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @Field({ description: 'Name shown to others.' })
  @IsString()
  @Length(1, 100)
  displayName!: string;

  @Field({ nullable: true, description: 'nl or en: the language of mails. Default nl.' })
  @IsOptional()
  @IsIn(['nl', 'en'])
  locale?: 'nl' | 'en';
}

@InputType({ description: 'A one-time token from a mail link.' })
export class TokenInput {
  @Field({ description: 'The token from the link.' })
  @IsString()
  @Length(20, 200)
  token!: string;
}

@InputType({ description: 'An email address.' })
export class EmailInput {
  @Field({ description: 'The email address.' })
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;
}

@InputType({ description: 'Credentials.' })
export class LoginInput {
  @Field({ description: 'Email address.' })
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Password.' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@InputType({ description: 'A new password through a reset link.' })
export class ResetPasswordInput {
  @Field({ description: 'The token from the link.' })
  @IsString()
  @Length(20, 200)
  token!: string;

  @Field({ description: 'The new password.' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@InputType({ description: 'A new password for the signed-in user.' })
export class ChangePasswordInput {
  @Field({ description: 'The current password.' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @Field({ description: 'The new password.' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

@InputType({ description: 'Confirms deleting the signed-in account.' })
export class DeleteMyAccountInput {
  @Field({ description: 'The current password.' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

@InputType({ description: 'Names one thing by id.' })
export class IdInput {
  @Field(() => ID, { description: 'The id.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}
