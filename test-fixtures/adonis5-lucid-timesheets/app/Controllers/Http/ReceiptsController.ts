import type { HttpContextContract } from '@ioc:Adonis/Core/HttpContext'
import Application from '@ioc:Adonis/Core/Application'

export default class ReceiptsController {
  public async store({ request, auth }: HttpContextContract) {
    // ok: unrestricted-upload
    const receipt = request.file('receipt', { size: '5mb', extnames: ['pdf', 'jpg', 'png'] })
    if (!receipt || !receipt.isValid) {
      return { errors: receipt?.errors }
    }
    await receipt.move(Application.tmpPath('receipts', String(auth.user!.companyId)))
    return { name: receipt.fileName }
  }
}
