import { DataTypes, Model, Sequelize } from "sequelize";

export const sequelize = new Sequelize(process.env.DATABASE_URL ?? "postgres://localhost/wiki");

export class Team extends Model {}
Team.init(
  {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    name: { type: DataTypes.STRING, allowNull: false },
  },
  { sequelize, tableName: "teams" }
);

export class User extends Model {
  declare id: string;
  declare teamId: string;
  declare role: "admin" | "member" | "viewer";
}
User.init(
  {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    teamId: { type: DataTypes.UUID, allowNull: false },
    email: { type: DataTypes.STRING, allowNull: false },
    role: { type: DataTypes.STRING, allowNull: false, defaultValue: "member" },
    suspendedAt: { type: DataTypes.DATE },
  },
  { sequelize, tableName: "users" }
);

export class Document extends Model {
  declare id: string;
  declare teamId: string;
  declare title: string;

  /** Also finds archived documents when asked (`paranoid: false`); the model's own lookup otherwise. */
  static async findByPk(id: string, options: { paranoid?: boolean; rejectOnEmpty?: boolean } = {}) {
    return super.findByPk(id, { ...options, paranoid: options.paranoid ?? true }) as Promise<Document | null>;
  }
}
Document.init(
  {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    teamId: { type: DataTypes.UUID, allowNull: false },
    collectionId: { type: DataTypes.UUID },
    pinned: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    archivedAt: { type: DataTypes.DATE },
    title: { type: DataTypes.STRING, allowNull: false },
    text: { type: DataTypes.TEXT },
  },
  { sequelize, tableName: "documents" }
);

export class Collection extends Model {
  declare id: string;
  declare teamId: string;
}
Collection.init(
  {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    teamId: { type: DataTypes.UUID, allowNull: false },
    name: { type: DataTypes.STRING, allowNull: false },
  },
  { sequelize, tableName: "collections" }
);

export class Integration extends Model {
  declare id: string;
  declare teamId: string;
}
Integration.init(
  {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    teamId: { type: DataTypes.UUID, allowNull: false },
    keyHash: { type: DataTypes.STRING, allowNull: false },
  },
  { sequelize, tableName: "integrations" }
);

export class Group extends Model {
  declare id: string;
  declare teamId: string;
}
Group.init(
  {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    teamId: { type: DataTypes.UUID, allowNull: false },
    name: { type: DataTypes.STRING, allowNull: false },
  },
  { sequelize, tableName: "groups" }
);

/** Which groups can see a document (no team column: the document and the group carry it). */
export class GroupMembership extends Model {}
GroupMembership.init(
  {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    documentId: { type: DataTypes.UUID, allowNull: false },
    groupId: { type: DataTypes.UUID, allowNull: false },
    teamId: { type: DataTypes.UUID, allowNull: false },
    permission: { type: DataTypes.STRING, allowNull: false, defaultValue: "read" },
  },
  { sequelize, tableName: "group_memberships" }
);

export class Revision extends Model {
  declare id: string;
  declare documentId: string;
}
Revision.init(
  {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    documentId: { type: DataTypes.UUID, allowNull: false },
    userId: { type: DataTypes.UUID, allowNull: false },
    text: { type: DataTypes.TEXT },
  },
  { sequelize, tableName: "revisions" }
);

export class Share extends Model {
  declare id: string;
  declare teamId: string;
  declare documentId: string;
  declare published: boolean;
}
Share.init(
  {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    teamId: { type: DataTypes.UUID, allowNull: false },
    documentId: { type: DataTypes.UUID, allowNull: false },
    published: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
    revokedAt: { type: DataTypes.DATE },
  },
  { sequelize, tableName: "shares" }
);
