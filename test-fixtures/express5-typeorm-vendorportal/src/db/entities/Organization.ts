import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { Vendor } from './Vendor.js';

@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  name!: string;

  @Column({ nullable: true })
  stripeCustomerId?: string;

  @Column({ default: 'trialing' })
  billingStatus!: string;

  @OneToMany('Vendor', 'organization')
  vendors!: Vendor[];

  @CreateDateColumn()
  createdAt!: Date;
}
