import { Table, Column, Model, DataType, ForeignKey, PrimaryKey, Default, HasMany } from 'sequelize-typescript';
import { Organization } from './Organization.js';
import { Contract } from './Contract.js';

@Table({ tableName: 'vendors', timestamps: true, paranoid: true })
export class Vendor extends Model {
  @PrimaryKey
  @Default(DataType.UUIDV4)
  @Column(DataType.UUID)
  declare id: string;

  @ForeignKey(() => Organization)
  @Column(DataType.UUID)
  declare organizationId: string;

  @Column(DataType.STRING)
  declare name: string;

  @Column(DataType.STRING)
  declare taxId: string;

  @Column(DataType.STRING)
  declare status: string;

  @HasMany(() => Contract)
  declare contracts: Contract[];
}
