import { Column, CreateDateColumn, Entity, ManyToOne, JoinColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from './Organization';

export enum UserRole {
  Owner = 'owner',
  Admin = 'admin',
  Sales = 'sales',
  Viewer = 'viewer',
}

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ unique: true })
  email: string;

  @Column()
  fullName: string;

  @Column({ select: false })
  passwordHash: string;

  @Column({ type: 'enum', enum: UserRole, default: UserRole.Sales })
  role: UserRole;

  @Column({ default: false })
  isStaff: boolean;

  @Column()
  organizationId: string;

  @ManyToOne(() => Organization, (org) => org.users)
  @JoinColumn({ name: 'organizationId' })
  organization: Organization;

  @Column({ nullable: true, select: false })
  resetTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resetTokenExpiresAt: Date | null;

  @Column({ default: true })
  emailDigest: boolean;

  @Column({ unique: true, nullable: true })
  unsubscribeToken: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
