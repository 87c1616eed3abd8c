import { Entity, PrimaryGeneratedColumn, Column, ManyToOne } from 'typeorm';
import { Tenant } from './Tenant';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() tenantId!: string;
  @ManyToOne(() => Tenant) tenant!: Tenant;
  @Column({ unique: true }) email!: string;
  @Column() passwordHash!: string;
  @Column({ default: 'clerk' }) role!: 'owner' | 'manager' | 'clerk';
  @Column({ nullable: true }) refreshTokenHash!: string | null;
}
