import gql from 'graphql-tag';

export const typeDefs = gql`
  scalar JSON
  scalar DateTime

  enum Role { OWNER ADMIN DISPATCHER DRIVER }

  type User { id: ID! email: String! name: String! role: Role! }
  type Vehicle { id: ID! plate: String! make: String! model: String! status: String! odometerKm: Int! settings: JSON }
  type Trip { id: ID! startedAt: DateTime! endedAt: DateTime distanceKm: Int notes: String vehicle: Vehicle driver: User }
  type Invoice { id: ID! number: String! amountCents: Int! status: String! }
  type AuthPayload { token: String! user: User! }

  input VehicleInput { plate: String! make: String! model: String! odometerKm: Int }
  input StartTripInput { vehicleId: ID! notes: String }

  type Query {
    me: User
    users: [User!]!
    vehicles(status: String): [Vehicle!]!
    vehicle(id: ID!): Vehicle
    vehicleTrips(vehicleId: ID!): [Trip!]!
    trips(from: DateTime, to: DateTime): [Trip!]!
    trip(id: ID!): Trip
    exportTripsCsv(from: DateTime!, to: DateTime!): String!
    invoices: [Invoice!]!
    invoice(id: ID!): Invoice
    fleetStats: JSON!
  }

  type Mutation {
    login(email: String!, password: String!): AuthPayload!
    signup(orgName: String!, name: String!, email: String!, password: String!): AuthPayload!
    requestPasswordReset(email: String!): Boolean!
    resetPassword(token: String!, password: String!): Boolean!
    logout: Boolean!
    inviteDriver(email: String!, name: String!): User!
    setUserRole(userId: ID!, role: Role!): User!
    removeUser(userId: ID!): Boolean!
    impersonate(userId: ID!): AuthPayload!
    createVehicle(input: VehicleInput!): Vehicle!
    updateVehicleSettings(id: ID!, settings: JSON!): Vehicle!
    retireVehicle(id: ID!): Vehicle!
    startTrip(input: StartTripInput!): Trip!
    endTrip(id: ID!, distanceKm: Int!): Trip!
    deleteTrip(id: ID!): Boolean!
    markInvoicePaid(id: ID!): Invoice!
  }
`;
