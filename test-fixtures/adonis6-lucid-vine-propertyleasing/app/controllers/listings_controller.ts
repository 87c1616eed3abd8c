import type { HttpContext } from '@adonisjs/core/http'
import Unit from '#models/unit'

export default class ListingsController {
  async index({ request }: HttpContext) {
    const { city, bedrooms, page = 1 } = request.qs()
    const query = Unit.query()
      .where('isPublished', true)
      .preload('property', (p) => p.select('id', 'name', 'city', 'postcode'))
      .select('id', 'propertyId', 'label', 'bedrooms', 'monthlyRentCents')
    if (bedrooms) query.where('bedrooms', '>=', Number(bedrooms))
    if (city) query.whereHas('property', (p) => p.where('city', city))
    return query.orderBy('monthlyRentCents').paginate(page, 24)
  }

  async show({ params }: HttpContext) {
    return Unit.query()
      .where('id', params.id)
      .where('isPublished', true)
      .preload('property')
      .select('id', 'propertyId', 'label', 'bedrooms', 'monthlyRentCents')
      .firstOrFail()
  }
}
