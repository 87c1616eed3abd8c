import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

@Entity()
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  email!: string;

  @Column()
  passwordHash!: string;

  @Column()
  orgId!: string;

  @Column({ default: 'member' })
  role!: 'member' | 'approver' | 'admin';
}
