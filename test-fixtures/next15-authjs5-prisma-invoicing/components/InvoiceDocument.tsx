import { Document, Page, Text, View } from '@react-pdf/renderer';

export function InvoiceDocument({ invoice }: { invoice: any }) {
  return (
    <Document>
      <Page size="A4">
        <Text>Invoice {invoice.number}</Text>
        {invoice.lines.map((l: any) => (
          <View key={l.id}>
            <Text>{l.description} x{l.quantity}</Text>
          </View>
        ))}
      </Page>
    </Document>
  );
}

export function StatementDocument({ invoices, year }: { invoices: any[]; year: number }) {
  return (
    <Document>
      <Page size="A4">
        <Text>Statement {year}</Text>
        {invoices.map((i) => (
          <Text key={i.id}>{i.number} {i.client.name} {i.amountCents / 100}</Text>
        ))}
      </Page>
    </Document>
  );
}
