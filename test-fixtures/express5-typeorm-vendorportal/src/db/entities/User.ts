import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from './Organization.js';

export type Role = 'owner' | 'admin' | 'buyer' | 'viewer';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column()
  email!: string;

  @Column({ select: false })
  passwordHash!: string;

  @Column({ type: 'varchar', default: 'viewer' })
  role!: Role;

  @Column()
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  organization!: Organization;

  @Column({ type: 'varchar', nullable: true, select: false })
  resetTokenHash?: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resetTokenExpiresAt?: Date | null;
}
