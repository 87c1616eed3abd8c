import { HTTPException } from 'hono/http-exception'
import { sign, verify } from 'hono/jwt'

export type SupplierLinkClaims = { purchaseOrderId: string; exp: number }

const linkSecret = () => process.env.SUPPLIER_LINK_SECRET ?? ''

/** Link e-mailed to a supplier: it lets them confirm one purchase order without an account. */
export async function createSupplierLink(purchaseOrderId: string): Promise<string> {
  const exp = Math.floor(Date.now() / 1000) + 60 * 60 * 24 * 14
  return sign({ purchaseOrderId, exp }, linkSecret(), 'HS256')
}

export async function verifySupplierToken(token: string): Promise<SupplierLinkClaims> {
  try {
    return (await verify(token, linkSecret(), 'HS256')) as SupplierLinkClaims
  } catch {
    throw new HTTPException(401, { message: 'This link has expired' })
  }
}
