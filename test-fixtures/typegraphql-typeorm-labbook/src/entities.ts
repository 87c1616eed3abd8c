import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export enum Role {
  ADMIN = 'ADMIN',
  PI = 'PI',
  RESEARCHER = 'RESEARCHER',
}
registerEnumType(Role, { name: 'Role' });

@ObjectType()
@Entity('labs')
export class Lab {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field() @Column() name!: string;
  @Field() @Column({ default: 'academic' }) tier!: string;
}

@ObjectType()
@Entity('users')
export class User {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field() @Column({ unique: true }) email!: string;
  @Field() @Column() displayName!: string;
  @Column() passwordHash!: string;
  @Field(() => Role) @Column({ type: 'enum', enum: Role, default: Role.RESEARCHER }) role!: Role;
  @Column() labId!: string;
  @ManyToOne(() => Lab) lab!: Lab;
}

@ObjectType()
@Entity('experiments')
export class Experiment {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field() @Column() title!: string;
  @Field({ nullable: true }) @Column({ type: 'text', nullable: true }) protocol?: string;
  @Column({ type: 'jsonb', nullable: true }) metadata?: Record<string, unknown>;
  @Field() @Column({ default: 'draft' }) status!: string;
  @Column() labId!: string;
  @Column() ownerId!: string;
  @Field() @CreateDateColumn() createdAt!: Date;
}

@ObjectType()
@Entity('samples')
export class Sample {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id!: string;
  @Field() @Column() barcode!: string;
  @Field() @Column() kind!: string;
  @Field({ nullable: true }) @Column({ type: 'text', nullable: true }) storageLocation?: string;
  @Column() experimentId!: string;
  @Column() labId!: string;
}
