import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

// `superadmin` is the platform's own staff; `admin` is a partner's account owner.
export type Role = 'superadmin' | 'admin' | 'manager' | 'rep';

@Entity('partners')
export class Partner {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column({ default: 'active' }) status: string;
}

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() tenantId: string;
  @Column({ unique: true }) email: string;
  @Column() passwordHash: string;
  @Column({ default: 'rep' }) role: Role;
  @ManyToOne(() => Partner) tenant: Partner;
}

@Entity('deals')
export class Deal {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() tenantId: string;
  @Column() title: string;
  @Column('numeric') amount: number;
  @Column({ default: 'open' }) stage: string;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @CreateDateColumn() createdAt: Date;
}

@Entity('payouts')
export class Payout {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() tenantId: string;
  @Column('numeric') amount: number;
  @Column() status: string;
  @Column({ nullable: true }) externalRef: string | null;
}

@Entity('partner_documents')
export class PartnerDocument {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() tenantId: string;
  @Column() filename: string;
  @Column() storageKey: string;
}

// Marketplace listings are published for every visitor of the partner directory.
@Entity('listings')
export class Listing {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() slug: string;
  @Column() headline: string;
  @Column({ default: true }) published: boolean;
}
