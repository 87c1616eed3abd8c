import { Table, Column, Model, DataType, ForeignKey, BelongsTo, PrimaryKey, Default } from 'sequelize-typescript';
import { Organization } from './Organization.js';

export enum Role {
  Owner = 'owner',
  Admin = 'admin',
  Member = 'member',
}

@Table({ tableName: 'users', timestamps: true })
export class User extends Model {
  @PrimaryKey
  @Default(DataType.UUIDV4)
  @Column(DataType.UUID)
  declare id: string;

  @Column({ type: DataType.STRING, unique: true })
  declare email: string;

  @Column(DataType.STRING)
  declare passwordHash: string;

  @Column(DataType.STRING)
  declare fullName: string;

  @Column({ type: DataType.ENUM(...Object.values(Role)), defaultValue: Role.Member })
  declare role: Role;

  @ForeignKey(() => Organization)
  @Column(DataType.UUID)
  declare organizationId: string;

  @BelongsTo(() => Organization)
  declare organization: Organization;
}
