import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { v4 } from 'uuid';

export enum Role {
  Owner = 'owner',
  Manager = 'manager',
  Staff = 'staff',
  Scanner = 'scanner',
}

export enum EventStatus {
  Draft = 'draft',
  Published = 'published',
  Cancelled = 'cancelled',
}

export enum OrderStatus {
  Pending = 'pending',
  Paid = 'paid',
  Refunded = 'refunded',
  Comp = 'comp',
}

@Entity({ tableName: 'organizers' })
export class Organizer {
  @PrimaryKey({ type: 'uuid' })
  id: string = v4();

  @Property()
  name!: string;

  @Property({ unique: true })
  slug!: string;

  @Property({ nullable: true })
  stripeAccountId?: string;

  @Property()
  createdAt: Date = new Date();
}

@Entity({ tableName: 'users' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = v4();

  @Property({ unique: true })
  email!: string;

  @Property({ hidden: true })
  passwordHash!: string;

  @Property()
  name!: string;

  @Enum(() => Role)
  role: Role = Role.Staff;

  @ManyToOne(() => Organizer, { fieldName: 'organizer_id', mapToPk: true })
  organizerId!: string;

  @Property({ nullable: true, hidden: true })
  resetTokenHash?: string;

  @Property({ nullable: true })
  resetTokenExpiresAt?: Date;

  @Property({ nullable: true, hidden: true })
  magicLinkHash?: string;
}

@Entity({ tableName: 'refresh_tokens' })
export class RefreshToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = v4();

  @ManyToOne(() => User)
  user!: User;

  @Property()
  tokenHash!: string;

  @Property()
  expiresAt!: Date;

  @Property({ nullable: true })
  revokedAt?: Date;
}

@Entity({ tableName: 'events' })
export class Event {
  @PrimaryKey({ type: 'uuid' })
  id: string = v4();

  @Index()
  @ManyToOne(() => Organizer, { fieldName: 'organizer_id', mapToPk: true })
  organizerId!: string;

  @Property()
  title!: string;

  @Property({ unique: true })
  slug!: string;

  @Property({ type: 'text', nullable: true })
  description?: string;

  @Property()
  startsAt!: Date;

  @Property({ nullable: true })
  venue?: string;

  @Property()
  capacity!: number;

  @Enum(() => EventStatus)
  status: EventStatus = EventStatus.Draft;

  @Property({ nullable: true })
  bannerPath?: string;

  @OneToMany(() => TicketType, (t) => t.event)
  ticketTypes = new Collection<TicketType>(this);
}

@Entity({ tableName: 'ticket_types' })
export class TicketType {
  @PrimaryKey({ type: 'uuid' })
  id: string = v4();

  @ManyToOne(() => Event)
  event!: Event;

  @Property()
  name!: string;

  @Property()
  priceCents!: number;

  @Property()
  quantity!: number;

  @Property()
  sold = 0;
}

@Entity({ tableName: 'orders' })
export class Order {
  @PrimaryKey({ type: 'uuid' })
  id: string = v4();

  @Index()
  @ManyToOne(() => Organizer, { fieldName: 'organizer_id', mapToPk: true })
  organizerId!: string;

  @ManyToOne(() => Event)
  event!: Event;

  @Property()
  buyerEmail!: string;

  @Property()
  buyerName!: string;

  @Property()
  totalCents!: number;

  @Enum(() => OrderStatus)
  status: OrderStatus = OrderStatus.Pending;

  @Property({ nullable: true })
  stripeSessionId?: string;

  @Property({ nullable: true })
  stripePaymentIntentId?: string;

  @Property({ type: 'text', nullable: true })
  internalNote?: string;

  @Property()
  createdAt: Date = new Date();

  @OneToMany(() => Ticket, (t) => t.order)
  tickets = new Collection<Ticket>(this);
}

@Entity({ tableName: 'tickets' })
export class Ticket {
  @PrimaryKey({ type: 'uuid' })
  id: string = v4();

  @ManyToOne(() => Organizer, { fieldName: 'organizer_id', mapToPk: true })
  organizerId!: string;

  @ManyToOne(() => Order)
  order!: Order;

  @ManyToOne(() => TicketType)
  ticketType!: TicketType;

  @Property({ unique: true })
  code!: string;

  @Property()
  holderName!: string;

  @Property({ nullable: true })
  checkedInAt?: Date;
}

@Entity({ tableName: 'promo_codes' })
export class PromoCode {
  @PrimaryKey({ type: 'uuid' })
  id: string = v4();

  @ManyToOne(() => Organizer, { fieldName: 'organizer_id', mapToPk: true })
  organizerId!: string;

  @Property()
  code!: string;

  @Property()
  percentOff!: number;

  @Property({ nullable: true })
  maxUses?: number;

  @Property()
  active = true;
}

export const ENTITIES = [Organizer, User, RefreshToken, Event, TicketType, Order, Ticket, PromoCode];
