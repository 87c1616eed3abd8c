// nuxt-authorization abilities, shared by the pages and the server routes.
export const deleteProduct = defineAbility((user: { accountId: string, role: string }, product: { accountId: string }) => {
  return user.role === 'admin' || String(product.accountId) === user.accountId
})
