export const typeDefs = `#graphql
  type Ticket { id: ID! subject: String! status: String! assigneeId: ID }
  type TicketStatus { subject: String! status: String! }
  type User { id: ID! email: String! role: String! }
  type Query {
    tickets: [Ticket!]!
    ticket(id: ID!): Ticket
    ticketStatus(id: ID!): TicketStatus
    organizationUsers: [User!]!
  }
  type Mutation {
    login(email: String!, password: String!): String!
    closeTicket(id: ID!): Boolean!
    assignTicket(id: ID!, assigneeId: ID!): Ticket
    setUserRole(userId: ID!, role: String!): Int!
  }
`;
