import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Company } from './company.entity';

export enum UserRole {
  Admin = 'admin',
  Approver = 'approver',
  Buyer = 'buyer',
}

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ unique: true })
  email: string;

  @Column()
  passwordHash: string;

  @Column({ type: 'enum', enum: UserRole, default: UserRole.Buyer })
  role: UserRole;

  @Column()
  companyId: string;

  @ManyToOne(() => Company, (c) => c.users)
  company: Company;

  @Column({ nullable: true })
  resetTokenHash: string | null;
}
